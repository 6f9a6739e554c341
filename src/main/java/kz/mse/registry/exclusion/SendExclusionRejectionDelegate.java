package kz.mse.registry.exclusion;

import java.util.List;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsTemplate;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-15: EXCLUSION_REQUEST_REJECTED SMS; the Committee's reason goes as the detail. */
@Component
class SendExclusionRejectionDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final RegistryService registry;

  SendExclusionRejectionDelegate(NotificationService notifications, RegistryService registry) {
    this.notifications = notifications;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegistryEntry e = registry.findLatest((String) execution.getVariable("iin")).orElseThrow();
    notifications.send(new SmsRequest(execution.getProcessInstanceId() + ":"
        + execution.getCurrentActivityId(), e.phone(), e.language(),
        SmsTemplate.EXCLUSION_REQUEST_REJECTED, e.fullName(), List.of("COMMITTEE_DECISION"),
        (String) execution.getVariable("rejectionReason"), null, e.iin()));
  }
}
