package kz.mse.registry.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Moves an application between statuses; called by the admission process steps, always in the
 * step's own transaction, so the row and the process never disagree.
 */
@Service
public class ApplicationProgress {

  private final JdbcClient jdbc;

  ApplicationProgress(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void refuse(String applicationId, ApplicationStatus status, List<String> reasons) {
    jdbc.sql("update application set status = ?, refusal_reasons = ?, updated_at = ?"
            + " where id = ?")
        .params(status.name(), String.join(",", reasons), now(), applicationId).update();
  }

  /** R393-7.2: invitation sent; the test window ends on {@code windowEnds}. */
  public void testing(String applicationId, LocalDate windowEnds) {
    move(applicationId, ApplicationStatus.TESTING, "test_window_ends", windowEnds);
  }

  /** R393-10: passed; the Committee decides by {@code decisionDue}. */
  public void awaitingDecision(String applicationId, LocalDate decisionDue) {
    move(applicationId, ApplicationStatus.AWAITING_DECISION, "decision_due", decisionDue);
  }

  /** R393-10: contract sent for EDS signing, to be signed by {@code signingDue}. */
  public void awaitingSignature(String applicationId, LocalDate signingDue) {
    move(applicationId, ApplicationStatus.AWAITING_SIGNATURE, "signing_due", signingDue);
  }

  /** R393-11: signed; the registry row is due by {@code entryDue}. */
  public void awaitingRegistryEntry(String applicationId, LocalDate entryDue) {
    move(applicationId, ApplicationStatus.AWAITING_REGISTRY_ENTRY, "registry_entry_due",
        entryDue);
  }

  public void included(String applicationId) {
    jdbc.sql("update application set status = ?, updated_at = ? where id = ?")
        .params(ApplicationStatus.INCLUDED.name(), now(), applicationId).update();
  }

  private void move(String applicationId, ApplicationStatus status, String deadlineColumn,
      LocalDate due) {
    // deadlineColumn is one of our constants above, never user input
    jdbc.sql("update application set status = ?, " + deadlineColumn + " = ?, updated_at = ?"
            + " where id = ?")
        .params(status.name(), due, now(), applicationId).update();
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
