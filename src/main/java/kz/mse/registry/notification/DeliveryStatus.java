package kz.mse.registry.notification;

import java.util.Locale;
import java.util.Map;

/** Twilio's message statuses folded into ours, ranked so a status never moves backwards. */
final class DeliveryStatus {

  private static final Map<String, String> FROM_TWILIO = Map.of(
      "accepted", Notification.QUEUED, "queued", Notification.QUEUED,
      "scheduled", Notification.QUEUED, "sending", Notification.SENT,
      "sent", Notification.SENT, "delivered", "delivered", "undelivered", "undelivered",
      "failed", Notification.FAILED, "canceled", Notification.FAILED);

  private static final Map<String, Integer> RANK = Map.of(
      Notification.QUEUED, 0, Notification.SENT, 1,
      "delivered", 2, "undelivered", 2, Notification.FAILED, 2);

  private DeliveryStatus() {}

  static String normalize(String twilioStatus) {
    String status = FROM_TWILIO.get(twilioStatus == null ? "" : twilioStatus.toLowerCase(Locale.ROOT));
    if (status == null) {
      throw kz.mse.registry.system.ApiException.badInput("MessageStatus",
          "unknown message status '" + twilioStatus + "'");
    }
    return status;
  }

  static int rank(String status) {
    return RANK.getOrDefault(status, 0);
  }
}
