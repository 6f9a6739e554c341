package kz.mse.registry.intake;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  ApplicationRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /** Writes the row; returns it as a read would (no documents or attempts yet). */
  Application insert(String id, NewApplication a, String phoneE164, LocalDate reviewDue,
      OffsetDateTime now) {
    Application row = new Application(id, a.campaignId(), a.iin(), a.lastName().strip(),
        a.firstName().strip(), blankToNull(a.patronymic()), a.residence().strip(), phoneE164,
        a.email().strip(), a.language(), a.specialtyProfile().strip(),
        a.nosologies().stream().distinct().toList(), a.msePracticeYears(),
        ApplicationStatus.UNDER_REVIEW, List.of(),
        new Application.Deadlines(reviewDue, null, null, null, null), now, List.of(), List.of());
    jdbc.sql("insert into application (id, campaign_id, iin, last_name, first_name, patronymic,"
            + " residence, phone, email, language, specialty_profile, nosologies,"
            + " mse_practice_years, status, review_due, submitted_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, row.campaignId(), row.iin(), row.lastName(), row.firstName(),
            row.patronymic(), row.residence(), row.phone(), row.email(), row.language(),
            row.specialtyProfile(), String.join(",", row.nosologies()), row.msePracticeYears(),
            row.status().name(), reviewDue, now, now)
        .update();
    return row;
  }

  /**
   * All documents of the application in one JDBC batch (one round trip); returns them as a
   * read would, with the ids the database generated.
   */
  List<Application.DocumentInfo> insertDocuments(String applicationId,
      List<NewApplication.Document> documents, List<DocumentContent> contents) {
    KeyHolder ids = new GeneratedKeyHolder();
    jdbcTemplate.batchUpdate(connection -> connection.prepareStatement("insert into"
        + " application_document (application_id, position_no, type, number, issued_on,"
        + " valid_until, file_name, content_type, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new String[] {"id"}), new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int position) throws SQLException {
            NewApplication.Document d = documents.get(position);
            DocumentContent content = contents.get(position);
            ps.setString(1, applicationId);
            ps.setInt(2, position);
            ps.setString(3, d.type().name());
            ps.setString(4, d.number());
            ps.setObject(5, d.issuedOn(), Types.DATE);
            ps.setObject(6, d.validUntil(), Types.DATE);
            ps.setString(7, d.fileName());
            ps.setString(8, content == null ? null : content.contentType());
            ps.setBytes(9, content == null ? null : content.bytes());
          }

          @Override
          public int getBatchSize() {
            return documents.size();
          }
        }, ids);
    List<Map<String, Object>> keys = ids.getKeyList();
    List<Application.DocumentInfo> stored = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      NewApplication.Document d = documents.get(i);
      DocumentContent content = contents.get(i);
      stored.add(new Application.DocumentInfo(generatedId(keys.get(i)), d.type(), d.number(),
          d.issuedOn(), d.validUntil(), d.fileName(),
          content == null ? null : content.contentType(), content != null));
    }
    return stored;
  }

  /** H2 names the key column ID, PostgreSQL id. */
  private static long generatedId(Map<String, Object> key) {
    return key.values().stream().map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
  }

  boolean hasInProgress(String campaignId, String iin) {
    List<String> statuses = jdbc.sql("select status from application where campaign_id = ?"
            + " and iin = ?").params(campaignId, iin).query(String.class).list();
    return statuses.stream().map(ApplicationStatus::valueOf)
        .anyMatch(ApplicationStatus::inProgress);
  }

  Optional<Application> find(String id) {
    return findRow(id, documents(id), attempts(id));
  }

  /** The row and its documents; test attempts are left empty. */
  Optional<Application> findWithDocuments(String id) {
    return findRow(id, documents(id), List.of());
  }

  /** The application row alone: documents and test attempts are left empty. */
  Optional<Application> findWithoutDetails(String id) {
    return findRow(id, List.of(), List.of());
  }

  private Optional<Application> findRow(String id, List<Application.DocumentInfo> documents,
      List<Application.TestAttempt> attempts) {
    return jdbc.sql("select * from application where id = ?").param(id)
        .query((rs, n) -> map(rs, documents, attempts)).optional();
  }

  private List<Application.DocumentInfo> documents(String id) {
    return jdbc.sql("select id, type, number, issued_on,"
            + " valid_until, file_name, content_type, content is not null as has_file"
            + " from application_document where application_id = ? order by position_no")
        .param(id)
        .query((rs, n) -> new Application.DocumentInfo(rs.getLong("id"),
            DocumentType.valueOf(rs.getString("type")), rs.getString("number"),
            rs.getObject("issued_on", LocalDate.class),
            rs.getObject("valid_until", LocalDate.class), rs.getString("file_name"),
            rs.getString("content_type"), rs.getBoolean("has_file")))
        .list();
  }

  private List<Application.TestAttempt> attempts(String id) {
    return jdbc.sql("select attempt_id, correct_answers,"
            + " total_questions, proctoring_passed, technical_failure_act, finished_at, passed"
            + " from test_attempt where application_id = ? order by received_at")
        .param(id)
        .query((rs, n) -> new Application.TestAttempt(rs.getString(1), rs.getInt(2),
            rs.getInt(3), rs.getBoolean(4), rs.getString(5),
            rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)))
        .list();
  }

  record StoredFile(String fileName, String contentType, byte[] content) {}

  Optional<StoredFile> findFile(String applicationId, long documentId) {
    return jdbc.sql("select file_name, content_type, content from application_document"
            + " where application_id = ? and id = ? and content is not null")
        .params(applicationId, documentId)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  private static Application map(ResultSet rs, List<Application.DocumentInfo> documents,
      List<Application.TestAttempt> attempts) throws SQLException {
    return new Application(rs.getString("id"), rs.getString("campaign_id"),
        rs.getString("iin"), rs.getString("last_name"), rs.getString("first_name"),
        rs.getString("patronymic"), rs.getString("residence"), rs.getString("phone"),
        rs.getString("email"), rs.getString("language"), rs.getString("specialty_profile"),
        split(rs.getString("nosologies")), (Integer) rs.getObject("mse_practice_years"),
        ApplicationStatus.valueOf(rs.getString("status")),
        split(rs.getString("refusal_reasons")),
        new Application.Deadlines(rs.getObject("review_due", LocalDate.class),
            rs.getObject("test_window_ends", LocalDate.class),
            rs.getObject("decision_due", LocalDate.class),
            rs.getObject("signing_due", LocalDate.class),
            rs.getObject("registry_entry_due", LocalDate.class)),
        rs.getObject("submitted_at", OffsetDateTime.class), documents, attempts);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
