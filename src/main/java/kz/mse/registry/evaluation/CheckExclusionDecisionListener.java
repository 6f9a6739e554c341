package kz.mse.registry.evaluation;

import kz.mse.registry.validation.PlainText;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing Activity_ConfirmExclusion needs {@code confirmExclusion} (boolean) and, when
 * declining, a {@code declineReason}; otherwise the completion fails and the task stays open.
 */
@Component
class CheckExclusionDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object confirm = task.getVariable("confirmExclusion");
    if (!(confirm instanceof Boolean confirmed)) {
      throw new ProcessEngineException("confirmExclusion must be true or false");
    }
    Object reason = task.getVariable("declineReason");
    if (!confirmed && (!(reason instanceof String text) || text.isBlank()
        || PlainText.hasControlCharacter(text))) {
      throw new ProcessEngineException("declineReason (plain text) is required when declining");
    }
    task.getExecution().setVariable("decidedBy", task.getAssignee());
  }
}
