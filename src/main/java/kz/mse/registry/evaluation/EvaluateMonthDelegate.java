package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-3: evaluates {@code period}, or, started by the timer, the previous month. */
@Component
class EvaluateMonthDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  EvaluateMonthDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requested = (String) execution.getVariable("period");
    Period period = requested == null ? evaluations.previousMonth()
        : Period.parse(requested, "period");
    execution.setVariables(evaluations.run(period).asVariables());
  }
}
