package kz.mse.registry.notification;

import java.time.OffsetDateTime;

/** One SMS in the outbox, as {@code GET /api/notifications} shows it. */
public record Notification(
    String id,
    String to,
    String language,
    SmsTemplate template,
    String text,
    int segments,
    String status,
    String gateway,
    String providerId,
    String error,
    int attempts,
    String applicationId,
    String expertIin,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static final String QUEUED = "queued";
  public static final String SENT = "sent";
  public static final String FAILED = "failed";

  /** The outbox row just written for a new notice: queued, no attempt yet. */
  static Notification queued(String id, SmsRequest request, String text, int segments,
      String gateway, OffsetDateTime now) {
    return new Notification(id, request.to(), request.language(), request.template(), text,
        segments, QUEUED, gateway, null, null, 0, request.applicationId(), request.expertIin(),
        now, now);
  }

  /** This notice after a failed attempt: kept for a retry, or failed for good. */
  Notification attemptFailed(String newStatus, String newError, OffsetDateTime now) {
    String kept = newError == null || newError.length() <= 1000 ? newError
        : newError.substring(0, 1000);
    return new Notification(id, to, language, template, text, segments, newStatus, gateway,
        null, kept, attempts + 1, applicationId, expertIin, createdAt, now);
  }

  /** This notice once the provider accepted it. */
  Notification accepted(String providerId, OffsetDateTime now) {
    return new Notification(id, to, language, template, text, segments, SENT, gateway,
        providerId, null, attempts + 1, applicationId, expertIin, createdAt, now);
  }
}
