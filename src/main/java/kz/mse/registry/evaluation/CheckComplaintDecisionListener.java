package kz.mse.registry.evaluation;

import kz.mse.registry.validation.PlainText;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing Activity_ReviewComplaint needs {@code complaintOutcome} UPHELD or REJECTED and a
 * {@code complaintResponse}; otherwise the completion fails and the task stays open.
 */
@Component
class CheckComplaintDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable("complaintOutcome");
    if (!"UPHELD".equals(outcome) && !"REJECTED".equals(outcome)) {
      throw new ProcessEngineException("complaintOutcome must be UPHELD or REJECTED");
    }
    Object response = task.getVariable("complaintResponse");
    if (!(response instanceof String text) || text.isBlank() || text.length() > 4000
        || PlainText.hasControlCharacter(text)) {
      throw new ProcessEngineException("complaintResponse is required (plain text, 1..4000 characters)");
    }
    task.getExecution().setVariable("decidedBy", task.getAssignee());
  }
}
