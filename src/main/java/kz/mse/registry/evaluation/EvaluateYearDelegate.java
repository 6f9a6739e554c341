package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-3, R408-5: evaluates {@code period}, or, started by the timer, the previous year. */
@Component
class EvaluateYearDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  EvaluateYearDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requested = (String) execution.getVariable("period");
    Period period = requested == null ? evaluations.previousYear()
        : Period.parse(requested, "period");
    execution.setVariables(evaluations.run(period).asVariables());
  }
}
