package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-9: complaint rejected, the Committee's reason is kept. */
@Component
class RecordComplaintRejectionDelegate implements JavaDelegate {

  private final Complaints complaints;

  RecordComplaintRejectionDelegate(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.reject((String) execution.getVariable("complaintId"),
        (String) execution.getVariable("complaintResponse"),
        (String) execution.getVariable("decidedBy"));
  }
}
