package kz.mse.registry.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.intake.AdmissionDeadlines;
import kz.mse.registry.intake.AdmissionDeadlines.Deadline;
import kz.mse.registry.intake.AdmissionVariables;
import kz.mse.registry.intake.Application;
import kz.mse.registry.intake.ApplicationProgress;
import kz.mse.registry.intake.ApplicationService;
import kz.mse.registry.intake.ApplicationStatus;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R393-9: classifies test attempts and moves the admission process on. */
@Service
public class TestingService {

  static final String MESSAGE = "TestResultReceived";
  /** R393-10: the Committee decides within 5 working days after the positive result. */
  static final int DECISION_WORKING_DAYS = 5;

  /** Where an attempt leaves the application. */
  enum Outcome {
    PASSED(ApplicationStatus.AWAITING_DECISION),
    RETAKE(ApplicationStatus.TESTING),
    FAILED(ApplicationStatus.REFUSED_AFTER_TEST);

    private final ApplicationStatus status;

    Outcome(ApplicationStatus status) {
      this.status = status;
    }

    /** R393-9: a pass; else the one retake after a first failure; else the end. */
    static Outcome of(boolean passed, int earlierAttempts) {
      if (passed) {
        return PASSED;
      }
      return earlierAttempts == 0 ? RETAKE : FAILED;
    }
  }

  /**
   * R393-9: the application's attempts and an attempt of another application with the same
   * id. Two index lookups: with {@code or} across the two columns H2 scans every attempt.
   */
  static final String EARLIER_ATTEMPTS = "select attempt_id, passed, application_id,"
      + " received_at from test_attempt where application_id = ?"
      + " union all select attempt_id, passed, application_id, received_at from test_attempt"
      + " where attempt_id = ? and application_id <> ? order by received_at";

  public record Receipt(String applicationId, String attemptId, boolean passed, boolean duplicate,
      ApplicationStatus status) {}

  private final JdbcClient jdbc;
  private final ApplicationService applications;
  private final ApplicationProgress progress;
  private final WorkingDays workingDays;
  private final RuntimeService runtimeService;

  TestingService(JdbcClient jdbc, ApplicationService applications, ApplicationProgress progress,
      WorkingDays workingDays, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.progress = progress;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public Receipt record(TestResult result) {
    if (result.correctAnswers() > result.totalQuestions()) {
      throw ApiException.badInput("correctAnswers", "must not exceed totalQuestions");
    }
    Application application = applications.withoutDetails(result.applicationId());
    List<Map<String, Object>> earlier = jdbc.sql(EARLIER_ATTEMPTS)
        .params(application.id(), result.attemptId(), application.id()).query().listOfRows();
    for (Map<String, Object> row : earlier) {
      if (result.attemptId().equals(value(row, "attempt_id"))) {
        if (!application.id().equals(value(row, "application_id"))) {
          throw ApiException.conflict("attempt " + result.attemptId()
              + " belongs to another application");
        }
        return new Receipt(application.id(), result.attemptId(),
            Boolean.TRUE.equals(value(row, "passed")), true, application.status());
      }
    }
    if (application.status() != ApplicationStatus.TESTING) {
      throw ApiException.conflict("application " + application.id() + " is "
          + application.status() + ", not TESTING");
    }
    LocalDate finishedOn = result.finishedAt().atZoneSameInstant(WorkingDays.ALMATY)
        .toLocalDate();
    LocalDate windowEnds = application.deadlines().testWindowEnds();
    if (windowEnds != null && (finishedOn.isAfter(windowEnds)
        || workingDays.today().isAfter(windowEnds))) {
      throw ApiException.conflict("the test window ended on " + windowEnds + " (R393-7.2)");
    }
    if (earlier.size() >= 2) {
      throw ApiException.conflict("the one retake was already used (R393-9)");
    }
    boolean passed = result.passed();
    jdbc.sql("insert into test_attempt (attempt_id, application_id, correct_answers,"
            + " total_questions, proctoring_passed, technical_failure_act, finished_at, passed,"
            + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(result.attemptId(), application.id(), result.correctAnswers(),
            result.totalQuestions(), result.proctoringPassed(), result.technicalFailureAct(),
            result.finishedAt(), passed, now())
        .update();
    Map<String, Object> variables = new HashMap<>();
    Outcome outcome = Outcome.of(passed, earlier.size());
    if (outcome == Outcome.PASSED) {
      progress.awaitingDecision(application.id(),
          workingDays.deadlineDate(workingDays.today(), DECISION_WORKING_DAYS));
    } else if (outcome == Outcome.RETAKE) {
      if (windowEnds != null) { // back to the wait, whose timer ends the same window
        AdmissionDeadlines.handOver(application.id(), Deadline.TEST_WINDOW, windowEnds);
      }
    } else {
      List<String> reasons = failureReasons(result);
      progress.refuse(application.id(), ApplicationStatus.REFUSED_AFTER_TEST, reasons);
      variables.put("testRefusalReasons", AdmissionVariables.jsonList(reasons));
    }
    TestOutcomes.handOver(application.id(), outcome); // read by the gateway after the wait
    var correlation = runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(application.id());
    if (!variables.isEmpty()) { // any variable makes the engine load them all first
      correlation.setVariables(variables);
    }
    correlation.correlate();
    return new Receipt(application.id(), result.attemptId(), passed, false, outcome.status);
  }

  /** Appendix 5: a negative result and/or a negative proctoring conclusion. */
  private static List<String> failureReasons(TestResult result) {
    List<String> reasons = new ArrayList<>();
    if (result.correctAnswers() * 100 < 70 * result.totalQuestions()
        || (result.technicalFailureAct() != null && !result.technicalFailureAct().isBlank())) {
      reasons.add("TEST_FAILED");
    }
    if (!result.proctoringPassed()) {
      reasons.add("PROCTORING_FAILED");
    }
    return reasons;
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
