package kz.mse.registry.review;

import java.util.Map;
import kz.mse.registry.validation.PlainText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * R393-7 / R393-10 escalations: completing an overdue-handling task needs the note on what was
 * done about the delay (1..2000 characters), whether it comes from the Tasklist form or from
 * engine-rest; otherwise it is a form-field validation error (engine-rest: 400) and the task
 * stays open. Records who handled it next to the note ({@code reviewOverdueHandledBy} /
 * {@code decisionOverdueHandledBy}).
 */
@Component
class CheckOverdueNoteListener implements TaskListener {

  static final int MAX_LENGTH = 2000;

  private record Note(String variable, String handledByVariable) {}

  private static final Map<String, Note> NOTE_BY_TASK = Map.of(
      "Activity_HandleReviewOverdue", new Note("reviewOverdueHandling", "reviewOverdueHandledBy"),
      "Activity_HandleDecisionOverdue",
      new Note("decisionOverdueHandling", "decisionOverdueHandledBy"));

  @Override
  public void notify(DelegateTask task) {
    Note note = NOTE_BY_TASK.get(task.getTaskDefinitionKey());
    if (note == null) {
      throw new IllegalStateException(
          "no overdue note is defined for " + task.getTaskDefinitionKey());
    }
    String key = note.variable();
    if (!(task.getVariable(key) instanceof String text) || text.isBlank()
        || PlainText.hasControlCharacter(text)) {
      throw new FormFieldValidationException(key,
          key + " is required (plain text): what was done about the delay");
    }
    if (text.length() > MAX_LENGTH) {
      throw new FormFieldValidationException(key,
          key + " is too long: " + text.length() + " characters, at most " + MAX_LENGTH);
    }
    task.getExecution().setVariable(note.handledByVariable(), handler(task));
  }

  private static String handler(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
