package kz.mse.registry.evaluation;

import kz.mse.registry.exclusion.ExclusionGround;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-13.1 / 13.2: the Committee confirmed the exclusion the evaluation proposed. */
@Component
class ExcludeEvaluatedExpertDelegate implements JavaDelegate {

  private final ExclusionReviews reviews;

  ExcludeEvaluatedExpertDelegate(ExclusionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.confirm(execution.getProcessInstanceId(), (String) execution.getVariable("expertIin"),
        ExclusionGround.valueOf((String) execution.getVariable("ground")),
        (String) execution.getVariable("basis"), (String) execution.getVariable("decidedBy"));
  }
}
