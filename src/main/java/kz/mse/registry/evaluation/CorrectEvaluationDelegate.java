package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-9: complaint upheld, the period is evaluated again for the expert (audited). */
@Component
class CorrectEvaluationDelegate implements JavaDelegate {

  private final Complaints complaints;

  CorrectEvaluationDelegate(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.uphold((String) execution.getVariable("complaintId"),
        (String) execution.getVariable("complaintResponse"),
        (String) execution.getVariable("decidedBy"));
  }
}
