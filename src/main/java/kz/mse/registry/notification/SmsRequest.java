package kz.mse.registry.notification;

import java.util.List;

/**
 * One SMS to send. {@code dedupeKey} identifies the notice (e.g. process instance + activity):
 * sending the same key twice never sends two messages once the first was accepted.
 *
 * @param reasons codes rendered in words ({@code reason.CODE} in the bundles), may be empty
 * @param detail a date, period or score the template shows as {2}, may be null
 */
public record SmsRequest(
    String dedupeKey,
    String to,
    String language,
    SmsTemplate template,
    String fullName,
    List<String> reasons,
    String detail,
    String applicationId,
    String expertIin) {

  public SmsRequest {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
