package kz.mse.registry.intake;

import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Appendix 3/4/5 SMS in the candidate's language; template and reasons come from the step's
 * inputs {@code smsTemplate}, {@code smsReasons}. Deduplicated per process instance and step,
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
    Application a = applications.get((String) execution.getVariable("applicationId"));
    notifications.send(new SmsRequest(
        execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId(),
        a.phone(), a.language(),
        SmsTemplate.valueOf((String) execution.getVariable("smsTemplate")),
        ReviewSheet.fullName(a),
        AdmissionVariables.codes(execution.getVariable("smsReasons")),
        null, a.id(), a.iin()));
  }
}
