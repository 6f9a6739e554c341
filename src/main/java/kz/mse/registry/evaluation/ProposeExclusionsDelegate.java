package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R393-13.1, R393-13.2: proposes the exclusions the evaluated {@code period} calls for, in a
 * job of its own after the evaluation, so a large month never holds the evaluation's
 * transaction open and a failure here is an incident to retry, not a lost evaluation.
 */
@Component
class ProposeExclusionsDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  ProposeExclusionsDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period period = Period.parse((String) execution.getVariable("period"), "period");
    execution.setVariable("exclusionsProposed", evaluations.proposeExclusions(period, null));
  }
}
