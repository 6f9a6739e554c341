package kz.mse.registry.evaluation;

import kz.mse.registry.exclusion.ExclusionGround;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Committee declined the proposed exclusion; why is kept (evaluation_exclusion_review). */
@Component
class RecordExclusionDeclineDelegate implements JavaDelegate {

  private final ExclusionReviews reviews;

  RecordExclusionDeclineDelegate(ExclusionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.decline(execution.getProcessInstanceId(), (String) execution.getVariable("expertIin"),
        ExclusionGround.valueOf((String) execution.getVariable("ground")),
        (String) execution.getVariable("declineReason"),
        (String) execution.getVariable("decidedBy"));
  }
}
