package kz.mse.registry.intake;

import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-7.1: proposes refusal reasons and prepares what the review form shows. */
@Component
class CheckDocumentsDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final DocumentCheck check;
  private final WorkingDays workingDays;

  CheckDocumentsDelegate(ApplicationService applications, DocumentCheck check,
      WorkingDays workingDays) {
    this.applications = applications;
    this.check = check;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = applications.withDocuments(
        AdmissionProcess.applicationId(execution));
    List<String> reasons = check.proposedRefusalReasons(application, workingDays.today());
    Map<String, Object> variables = ReviewSheet.of(application, reasons);
    if (!reasons.isEmpty()) { // pre-fills the form's checklist; none proposed, none stored
      variables.put("refusalReasons", AdmissionVariables.jsonList(reasons));
    }
    AdmissionDeadlines.handOver(application.id(), AdmissionDeadlines.Deadline.REVIEW,
        application.deadlines().reviewDue());
    execution.setVariables(variables);
  }
}
