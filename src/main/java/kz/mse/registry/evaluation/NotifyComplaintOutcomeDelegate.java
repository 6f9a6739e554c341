package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-9: SMS COMPLAINT_UPHELD or COMPLAINT_REJECTED with the Committee's answer. */
@Component
class NotifyComplaintOutcomeDelegate implements JavaDelegate {

  private final Complaints complaints;

  NotifyComplaintOutcomeDelegate(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.notifyExpert((String) execution.getVariable("complaintId"));
  }
}
