package kz.mse.registry.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.mse.registry.intake.AdmissionDeadlines.Deadline;
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
    move(applicationId, ApplicationStatus.TESTING, Deadline.TEST_WINDOW, windowEnds);
  }

  /** R393-10: passed; the Committee decides by {@code decisionDue}. */
  public void awaitingDecision(String applicationId, LocalDate decisionDue) {
    move(applicationId, ApplicationStatus.AWAITING_DECISION, Deadline.DECISION, decisionDue);
  }

  /** R393-10: contract sent for EDS signing, to be signed by {@code signingDue}. */
  public void awaitingSignature(String applicationId, LocalDate signingDue) {
    move(applicationId, ApplicationStatus.AWAITING_SIGNATURE, Deadline.SIGNING, signingDue);
  }

  /** R393-11: signed; the registry row is due by {@code entryDue}. */
  public void awaitingRegistryEntry(String applicationId, LocalDate entryDue) {
    move(applicationId, ApplicationStatus.AWAITING_REGISTRY_ENTRY, Deadline.REGISTRY_ENTRY,
        entryDue);
  }

  public void included(String applicationId) {
    jdbc.sql("update application set status = ?, updated_at = ? where id = ?")
        .params(ApplicationStatus.INCLUDED.name(), now(), applicationId).update();
  }

  /** The new status and deadline, handed on to the timer or due date of this same step. */
  private void move(String applicationId, ApplicationStatus status, Deadline deadline,
      LocalDate due) {
    jdbc.sql("update application set status = ?, " + deadline.column() + " = ?,"
            + " updated_at = ? where id = ?")
        .params(status.name(), due, now(), applicationId).update();
    AdmissionDeadlines.handOver(applicationId, deadline, due);
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
