package kz.mse.registry.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives the engine in tests instead of the job executor: executes due jobs and moves the
 * engine clock. Never sleeps.
 */
public final class Jobs {

  private static final int MAX_ROUNDS = 200;

  private Jobs() {}

  /** Executes every due job (and the jobs they create) of the given process instance. */
  public static void executeAll(ManagementService management, String processInstanceId) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Jobs keep coming after " + MAX_ROUNDS + " rounds");
  }

  /** Executes every due job of every process instance (and the jobs they create). */
  public static void executeAllDue(ManagementService management) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Jobs keep coming after " + MAX_ROUNDS + " rounds");
  }

  /** Executes one job, letting the failure through (to assert retries and incidents). */
  public static void executeOnce(ManagementService management, Job job) {
    management.executeJob(job.getId());
  }

  /** Moves the engine clock; call {@link #resetClock()} after the test. */
  public static void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }
}
