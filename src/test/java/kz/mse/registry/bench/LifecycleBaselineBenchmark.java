package kz.mse.registry.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workload 1, baseline half: N lifecycles of {@link BareLifecycleModel} on the bench engine with
 * the real job executor, driven step by step for all N instances at once exactly like the
 * admission lifecycle benchmark (same phases, same waits for the job executor, messages
 * correlated by business key), so the two are comparable. Writes "lifecycle-baseline";
 * LifecycleBenchmark reads it for its ratio.
 */
@BenchContext
class LifecycleBaselineBenchmark {

  static volatile BenchResult lastBaseline;
  static volatile double lastStatementsPerLifecycle;

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  private final PhaseClock phases = new PhaseClock();

  @Test
  void bareLifecycles() {
    repository.createDeployment().name("bench-baseline")
        .addModelInstance(BareLifecycleModel.KEY + ".bpmn", BareLifecycleModel.build()).deploy();
    int n = BenchSizes.of("lifecycles", 200);
    run(Math.min(20, n)); // warm-up
    StatementCounter.resetProfile();
    phases.reset();
    long statementsBefore = StatementCounter.total();
    long start = System.nanoTime();
    run(n);
    double seconds = (System.nanoTime() - start) / 1e9;
    double perLifecycle = (double) (StatementCounter.total() - statementsBefore) / n;
    BenchResult result = new BenchResult("lifecycle-baseline", n, seconds)
        .with("statementsPerOperation", perLifecycle);
    lastBaseline = result;
    lastStatementsPerLifecycle = perLifecycle;
    System.out.println(StatementCounter.profile("lifecycle-baseline", n));
    System.out.println(phases.summary("lifecycle-baseline"));
    BenchReport.add(result);
  }

  private void run(int n) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = UUID.randomUUID().toString();
      runtime.startProcessInstanceByKey(BareLifecycleModel.KEY, key);
      keys.add(key);
    }
    phases.mark("start");
    awaitJobs();
    phases.mark("jobs0");
    completeAll("Activity_ReviewApplication");
    phases.mark("ReviewApplication");
    awaitJobs();
    phases.mark("jobs1");
    correlateAll(keys, BareLifecycleModel.TEST_RESULT);
    phases.mark("firstTest");
    awaitJobs();
    phases.mark("jobs2");
    correlateAll(keys, BareLifecycleModel.TEST_RESULT);
    phases.mark("retake");
    awaitJobs();
    phases.mark("jobs3");
    completeAll("Activity_DecideInclusion");
    phases.mark("DecideInclusion");
    awaitJobs();
    phases.mark("jobs4");
    correlateAll(keys, BareLifecycleModel.SIGNED);
    phases.mark("signed");
    awaitJobs();
    phases.mark("jobs5");
    completeAll("Activity_EnterIntoRegistry");
    phases.mark("EnterIntoRegistry");
    awaitJobs();
    phases.mark("jobs6");
    long left = StatementCounter.uncounted(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(BareLifecycleModel.KEY).count());
    if (left > 0) {
      throw new IllegalStateException(left + " bare lifecycles did not finish");
    }
  }

  private void completeAll(String taskKey) {
    List<Task> open = StatementCounter.uncounted(() -> tasks.createTaskQuery()
        .processDefinitionKey(BareLifecycleModel.KEY).taskDefinitionKey(taskKey).list());
    for (Task task : open) {
      tasks.complete(task.getId());
    }
  }

  /** By business key, as the application correlates the testing and signing results. */
  private void correlateAll(List<String> keys, String message) {
    for (String key : keys) {
      runtime.createMessageCorrelation(message).processInstanceBusinessKey(key).correlate();
    }
  }

  private void awaitJobs() {
    LifecycleDriver.awaitJobs(management, BareLifecycleModel.KEY, Duration.ofMinutes(5));
  }
}
