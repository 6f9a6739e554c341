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
}
