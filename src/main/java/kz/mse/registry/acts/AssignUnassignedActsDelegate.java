package kz.mse.registry.acts;

import kz.mse.registry.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-14: after the Committee acted (e.g. included experts), assigns what it can. */
@Component
class AssignUnassignedActsDelegate implements JavaDelegate {

  private final ActService acts;
  private final WorkingDays workingDays;

  AssignUnassignedActsDelegate(ActService acts, WorkingDays workingDays) {
    this.acts = acts;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("unassignedActs", acts.assignUnassigned(workingDays.today()));
  }
}
