package kz.mse.registry.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

  private static final String COLUMNS = "id, recipient, language, template, text, segments, "
      + "status, gateway, provider_id, error, attempts, application_id, expert_iin, created_at, "
      + "updated_at";
  private static final RowMapper<Notification> ROW = (rs, n) -> new Notification(
      rs.getString("id"), rs.getString("recipient"), rs.getString("language"),
      SmsTemplate.valueOf(rs.getString("template")), rs.getString("text"), rs.getInt("segments"),
      rs.getString("status"), rs.getString("gateway"), rs.getString("provider_id"),
      rs.getString("error"), rs.getInt("attempts"), rs.getString("application_id"),
      rs.getString("expert_iin"), rs.getObject("created_at", OffsetDateTime.class),
      rs.getObject("updated_at", OffsetDateTime.class));

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Notification> findByDedupeKey(String dedupeKey) {
    return jdbc.sql("select " + COLUMNS + " from notification where dedupe_key = ?")
        .param(dedupeKey).query(ROW).optional();
  }

  Optional<Notification> findById(String id) {
    return jdbc.sql("select " + COLUMNS + " from notification where id = ?")
        .param(id).query(ROW).optional();
  }

  List<Notification> findByApplication(String applicationId) {
    return jdbc.sql("select " + COLUMNS + " from notification where application_id = ? "
        + "order by created_at, id").param(applicationId).query(ROW).list();
  }

  List<Notification> findByExpert(String expertIin) {
    return jdbc.sql("select " + COLUMNS + " from notification where expert_iin = ? "
        + "order by created_at, id").param(expertIin).query(ROW).list();
  }

  List<Notification> findByStatus(String status, int limit) {
    return jdbc.sql("select " + COLUMNS + " from notification where status = ? "
        + "order by created_at, id limit ?").params(status, limit).query(ROW).list();
  }

  Optional<Notification> findByProviderId(String providerId) {
    return jdbc.sql("select " + COLUMNS + " from notification where provider_id = ?")
        .param(providerId).query(ROW).optional();
  }

  void updateStatus(String id, String status, String error, OffsetDateTime now) {
    jdbc.sql("update notification set status = ?, error = coalesce(?, error), updated_at = ? "
        + "where id = ?").params(status, error, now, id).update();
  }

  void insert(Notification n, String dedupeKey) {
    jdbc.sql("insert into notification (id, dedupe_key, application_id, expert_iin, recipient, "
            + "language, template, text, segments, status, gateway, provider_id, error, "
            + "attempts, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(n.id(), dedupeKey, n.applicationId(), n.expertIin(), n.to(), n.language(),
            n.template().name(), n.text(), n.segments(), n.status(), n.gateway(),
            n.providerId(), n.error(), n.attempts(), n.createdAt(), n.updatedAt())
        .update();
  }

  /** Writes the outcome of one more attempt of a kept notice. */
  void recordAttempt(Notification n) {
    jdbc.sql("update notification set status = ?, provider_id = ?, error = ?, attempts = ?, "
            + "updated_at = ? where id = ?")
        .params(n.status(), n.providerId(), n.error(), n.attempts(), n.updatedAt(), n.id())
        .update();
  }
}
