package kz.mse.registry.review;

import java.util.List;
import kz.mse.registry.intake.AdmissionVariables;
import kz.mse.registry.intake.ApplicationProgress;
import kz.mse.registry.intake.ApplicationStatus;
import kz.mse.registry.validation.PlainText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** R393-10: checks the Committee decision and records a refusal with the task completion. */
@Component
class RecordDecisionListener implements TaskListener {

  private final ApplicationProgress progress;

  RecordDecisionListener(ApplicationProgress progress) {
    this.progress = progress;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("decision");
    if (!"INCLUDE".equals(decision) && !"REFUSE".equals(decision)) {
      throw new FormFieldValidationException("decision", "decision must be INCLUDE or REFUSE");
    }
    if ("REFUSE".equals(decision)) {
      Object comment = task.getVariable("decisionComment");
      if (comment == null || String.valueOf(comment).isBlank()
          || PlainText.hasControlCharacter(String.valueOf(comment))) {
        throw new FormFieldValidationException("decisionComment",
            "a comment (plain text) is required when refusing");
      }
      progress.refuse((String) task.getVariable("applicationId"),
          ApplicationStatus.REFUSED_AT_DECISION, List.of("COMMITTEE_DECISION"));
      task.getExecution().setVariable("decisionRefusalReasons",
          AdmissionVariables.jsonList(List.of("COMMITTEE_DECISION")));
    }
  }
}
