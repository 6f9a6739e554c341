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

/** R393-13: EXPERT_EXCLUDED SMS in the expert's registry language. */
@Component
class SendExclusionNoticeDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final RegistryService registry;

  SendExclusionNoticeDelegate(NotificationService notifications, RegistryService registry) {
    this.notifications = notifications;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegistryEntry e = registry.findLatest((String) execution.getVariable("iin")).orElseThrow();
    notifications.send(new SmsRequest(execution.getProcessInstanceId() + ":"
        + execution.getCurrentActivityId(), e.phone(), e.language(), SmsTemplate.EXPERT_EXCLUDED,
        e.fullName(), List.of(groundOf(e)), String.valueOf(e.excludedOn()), null,
        e.iin()));
  }

  /** The ground in words (reason.<GROUND> in the SMS bundles, R393-13.1 … 13.6). */
  private static String groundOf(RegistryEntry entry) {
    return entry.exclusionGround() == null ? "COMMITTEE_DECISION" : entry.exclusionGround();
  }
}
