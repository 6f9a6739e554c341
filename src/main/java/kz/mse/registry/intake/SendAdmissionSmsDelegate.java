package kz.mse.registry.intake;

import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Appendix 3/4/5 SMS in the candidate's language; template and reasons come from the step's
 * extension properties ({@link SmsStep}). Deduplicated per process instance and step,
 * so a retried job never sends twice.
 */
@Component
class SendAdmissionSmsDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final NotificationService notifications;

  SendAdmissionSmsDelegate(ApplicationService applications,
      NotificationService notifications) {
    this.applications = applications;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SmsStep step = SmsStep.of(execution);
    Application a = applications.withoutDetails(AdmissionProcess.applicationId(execution));
    notifications.send(new SmsRequest(
        execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId(),
        a.phone(), a.language(), step.template(), ReviewSheet.fullName(a),
        AdmissionVariables.codes(step.reasons(execution)), step.detail(execution), a.id(),
        a.iin()));
  }
}
