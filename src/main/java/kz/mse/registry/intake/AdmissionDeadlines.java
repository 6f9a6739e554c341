package kz.mse.registry.intake;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import kz.mse.registry.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an admission for its timers and task due dates (bean
 * {@code admissionDeadlines}): {@code ${admissionDeadlines.review(execution)}} is the end, in
 * Almaty, of the last allowed day.
 *
 * <p>The application row is the one home of every deadline ({@code GET /api/applications}
 * shows them). The step that sets a deadline hands it on as a transient variable
 * ({@link #handOver}), so the timer and due date created in that same transaction need neither
 * a read nor a stored variable; any later evaluation (an instance moved by an admin, say) reads
 * the row.
 */
@Component("admissionDeadlines")
public class AdmissionDeadlines {

  /** The deadlines of the process, each with the variable that hands it on. */
  public enum Deadline {
    REVIEW("reviewDue", Application.Deadlines::reviewDue),
    TEST_WINDOW("testWindowEnds", Application.Deadlines::testWindowEnds),
    DECISION("decisionDue", Application.Deadlines::decisionDue),
    SIGNING("signingDue", Application.Deadlines::signingDue),
    REGISTRY_ENTRY("registryEntryDue", Application.Deadlines::registryEntryDue);

    private final String variable;
    private final Function<Application.Deadlines, LocalDate> column;

    Deadline(String variable, Function<Application.Deadlines, LocalDate> column) {
      this.variable = variable;
      this.column = column;
    }

    public String variable() {
      return variable;
    }
  }

  private final ApplicationService applications;

  AdmissionDeadlines(ApplicationService applications) {
    this.applications = applications;
  }

  /** The transient value that hands {@code day} on to the steps of the same transaction. */
  public static StringValue handOver(LocalDate day) {
    return Variables.stringValue(day.toString(), true);
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
    Object handedOver = execution.getVariable(deadline.variable);
    LocalDate day = handedOver != null ? LocalDate.parse(handedOver.toString())
        : deadline.column.apply(applications.withoutDetails(
            execution.getProcessBusinessKey()).deadlines());
    if (day == null) {
      throw new IllegalStateException("application " + execution.getProcessBusinessKey()
          + " has no " + deadline.variable + " yet");
    }
    return WorkingDays.endOf(day);
  }
}
