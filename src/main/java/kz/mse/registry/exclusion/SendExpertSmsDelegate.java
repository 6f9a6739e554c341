package kz.mse.registry.exclusion;

import java.util.List;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsStep;
import kz.mse.registry.notification.SmsTemplate;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the expert the SMS named by the step's extension property {@code smsTemplate}, in the expert's
 * registry language: EXPERT_EXCLUDED names the ground and the date (R393-13),
 * EXCLUSION_REQUEST_REJECTED carries the Committee's reason (R393-15).
 */
@Component
class SendExpertSmsDelegate implements JavaDelegate {

  private static final int MAX_REASON = 200;

  private final NotificationService notifications;
  private final RegistryService registry;

  SendExpertSmsDelegate(NotificationService notifications, RegistryService registry) {
    this.notifications = notifications;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegistryEntry expert = registry.findLatest((String) execution.getVariable("iin"))
        .orElseThrow();
    SmsTemplate template = SmsStep.of(execution).template();
    boolean excluded = template == SmsTemplate.EXPERT_EXCLUDED;
    String reason = excluded && expert.exclusionGround() != null
        ? expert.exclusionGround() : "COMMITTEE_DECISION";
    String detail = excluded ? String.valueOf(expert.excludedOn())
        : shortened((String) execution.getVariable("rejectionReason"));
    notifications.send(new SmsRequest(execution.getProcessInstanceId() + ":"
        + execution.getCurrentActivityId(), expert.phone(), expert.language(), template,
        expert.fullName(), List.of(reason), detail, null, expert.iin()));
  }

  /** The Committee's free text is cut so the SMS stays within 6 segments. */
  private static String shortened(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
  }
}
