package kz.mse.registry.bench;

import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;

/** Waits (uncounted) for the real job executor to drain the due jobs of one process definition. */
final class JobWait {

  private JobWait() {}

  static void awaitJobs(ManagementService management, String processDefinitionKey, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (StatementCounter.uncounted(() -> management.createJobQuery()
        .processDefinitionKey(processDefinitionKey).executable().count()) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("jobs of " + processDefinitionKey + " not done in " + limit);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
