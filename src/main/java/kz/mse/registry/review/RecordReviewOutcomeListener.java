package kz.mse.registry.review;

import java.util.List;
import kz.mse.registry.intake.AdmissionVariables;
import kz.mse.registry.intake.ApplicationProgress;
import kz.mse.registry.intake.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * R393-7.2/7.3: checks the reviewer's outcome when the task is completed (Tasklist form or
 * engine-rest) and records a refusal in the same transaction. Invalid input is a form-field
 * validation error (engine-rest: 400) and the task stays open.
 */
@Component
class RecordReviewOutcomeListener implements TaskListener {

  private final ApplicationProgress progress;

  RecordReviewOutcomeListener(ApplicationProgress progress) {
    this.progress = progress;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable("reviewOutcome");
    if (!"ACCEPT".equals(outcome) && !"REFUSE".equals(outcome)) {
      throw new FormFieldValidationException("reviewOutcome",
          "reviewOutcome must be ACCEPT or REFUSE");
    }
    List<String> reasons = AdmissionVariables.codes(task.getVariable("refusalReasons"));
    for (String code : reasons) {
      if (!RefusalReasons.AT_REVIEW.contains(code)) {
        throw new FormFieldValidationException("refusalReasons",
            "unknown refusal reason " + code + "; allowed: " + RefusalReasons.AT_REVIEW);
      }
    }
    if ("REFUSE".equals(outcome)) {
      if (reasons.isEmpty()) {
        throw new FormFieldValidationException("refusalReasons",
            "at least one refusal reason is required when refusing (R393-7.3)");
      }
      progress.refuse((String) task.getVariable("applicationId"),
          ApplicationStatus.REFUSED_AT_REVIEW, reasons);
    }
    if (!reasons.isEmpty()) { // stored as a JSON list; an acceptance clears the proposed ones
      task.getExecution().setVariable("refusalReasons", AdmissionVariables.jsonList(
          "REFUSE".equals(outcome) ? reasons : List.of()));
    }
  }
}
