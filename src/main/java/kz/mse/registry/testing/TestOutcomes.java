package kz.mse.registry.testing;

import java.util.List;
import kz.mse.registry.intake.AdmissionProcess;
import kz.mse.registry.system.StepHandOver;
import kz.mse.registry.testing.TestingService.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R393-9: what the attempt just recorded means for the gateway after the test wait (bean
 * {@code testOutcomes}): {@code PASSED}, {@code RETAKE} or {@code FAILED}. The testing service
 * hands it on in the transaction that correlates the result; reached any other way (an admin
 * starting the gateway in Cockpit) it follows from the stored attempts.
 */
@Component("testOutcomes")
public class TestOutcomes {

  private static final String HAND_OVER = "testOutcome";

  private final JdbcClient jdbc;

  TestOutcomes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static void handOver(String applicationId, Outcome outcome) {
    StepHandOver.put(applicationId, HAND_OVER, outcome);
  }

  /** The outcome's name, as the gateway's conditions compare it. */
  public String of(DelegateExecution execution) {
    String applicationId = AdmissionProcess.applicationId(execution);
    return StepHandOver.get(applicationId, HAND_OVER, Outcome.class)
        .orElseGet(() -> fromAttempts(applicationId)).name();
  }

  private Outcome fromAttempts(String applicationId) {
    List<Boolean> passed = jdbc.sql("select passed from test_attempt where application_id = ?"
            + " order by received_at")
        .param(applicationId).query(Boolean.class).list();
    if (passed.isEmpty()) {
      throw new IllegalStateException("application " + applicationId + " has no test attempt");
    }
    return Outcome.of(Boolean.TRUE.equals(passed.get(passed.size() - 1)), passed.size() - 1);
  }
}
