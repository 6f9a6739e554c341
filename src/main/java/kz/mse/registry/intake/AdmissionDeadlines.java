package kz.mse.registry.intake;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.system.StepHandOver;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an admission for its timers and task due dates (bean
 * {@code admissionDeadlines}): {@code ${admissionDeadlines.review(execution)}} is the end, in
 * Almaty, of the last allowed day.
 *
 * <p>The application row is the one home of every deadline ({@code GET /api/applications}
 * shows them). The step that writes a deadline hands it on ({@link #handOver}, through
 * {@link StepHandOver}), so the timer and due date created in that same transaction need neither
 * a read nor a variable; any later evaluation (an instance moved by an admin, say) reads the row.
 */
@Component("admissionDeadlines")
public class AdmissionDeadlines {

  /** The deadlines of the process, each with its column in the application row. */
  public enum Deadline {
    REVIEW("review_due", Application.Deadlines::reviewDue),
    TEST_WINDOW("test_window_ends", Application.Deadlines::testWindowEnds),
    DECISION("decision_due", Application.Deadlines::decisionDue),
    SIGNING("signing_due", Application.Deadlines::signingDue),
    REGISTRY_ENTRY("registry_entry_due", Application.Deadlines::registryEntryDue);

    private final String column;
    private final Function<Application.Deadlines, LocalDate> value;

    Deadline(String column, Function<Application.Deadlines, LocalDate> value) {
      this.column = column;
      this.value = value;
    }

    /** The column of the application row (a constant, never user input). */
    String column() {
      return column;
    }
  }

  private final ApplicationService applications;

  AdmissionDeadlines(ApplicationService applications) {
    this.applications = applications;
  }

  /** Hands {@code day} on to the timers and due dates created in the current transaction. */
  public static void handOver(String applicationId, Deadline deadline, LocalDate day) {
    StepHandOver.put(applicationId, deadline.column, day);
  }

  /** R393-7: the review. */
  public Date review(DelegateExecution execution) {
    return endOf(execution, Deadline.REVIEW);
  }

  /** R393-7.2: the test window (the retake included). */
  public Date testWindow(DelegateExecution execution) {
    return endOf(execution, Deadline.TEST_WINDOW);
  }

  /** R393-10: the Committee's decision. */
  public Date decision(DelegateExecution execution) {
    return endOf(execution, Deadline.DECISION);
  }

  /** R393-10: the expert's signature. */
  public Date signing(DelegateExecution execution) {
    return endOf(execution, Deadline.SIGNING);
  }

  /** R393-11: the registry entry. */
  public Date registryEntry(DelegateExecution execution) {
    return endOf(execution, Deadline.REGISTRY_ENTRY);
  }

  private Date endOf(DelegateExecution execution, Deadline deadline) {
    String applicationId = AdmissionProcess.applicationId(execution);
    LocalDate day = StepHandOver.get(applicationId, deadline.column, LocalDate.class)
        .orElseGet(() -> deadline.value.apply(
            applications.withoutDetails(applicationId).deadlines()));
    if (day == null) {
      throw new IllegalStateException("application " + applicationId + " has no "
          + deadline.column + " yet");
    }
    return WorkingDays.endOf(day);
  }
}
