package kz.mse.registry.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workload 1, baseline half: N lifecycles of {@link BareLifecycleModel} on the bench engine with
 * the real job executor, driven step by step for all N instances at once (like the admission
 * lifecycle benchmark), so the two are comparable. Writes "lifecycle-baseline"; the admission
 * benchmark (LifecycleBenchmark, needs the merged admission branch) reads it for its ratio.
 */
@BenchContext
class LifecycleBaselineBenchmark {

  static volatile BenchResult lastBaseline;
  static volatile double lastStatementsPerLifecycle;

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void bareLifecycles() {
    repository.createDeployment().name("bench-baseline")
        .addModelInstance(BareLifecycleModel.KEY + ".bpmn", BareLifecycleModel.build()).deploy();
    int n = BenchSizes.of("lifecycles", 200);
    run(Math.min(20, n)); // warm-up
    long statementsBefore = StatementCounter.total();
    long start = System.nanoTime();
    run(n);
    double seconds = (System.nanoTime() - start) / 1e9;
    double perLifecycle = (double) (StatementCounter.total() - statementsBefore) / n;
    BenchResult result = new BenchResult("lifecycle-baseline", n, seconds)
        .with("statementsPerOperation", perLifecycle);
    lastBaseline = result;
    lastStatementsPerLifecycle = perLifecycle;
    BenchReport.add(result);
  }

  private void run(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(runtime.startProcessInstanceByKey(BareLifecycleModel.KEY, "bench-" + i).getId());
    }
    awaitJobs();
    completeAll("Activity_ReviewApplication");
    awaitJobs();
    correlateAll(ids, BareLifecycleModel.TEST_RESULT);
    awaitJobs();
    correlateAll(ids, BareLifecycleModel.TEST_RESULT);
    completeAll("Activity_DecideInclusion");
    awaitJobs();
    correlateAll(ids, BareLifecycleModel.SIGNED);
    completeAll("Activity_EnterIntoRegistry");
    awaitJobs();
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

  private void correlateAll(List<String> ids, String message) {
    for (String id : ids) {
      runtime.createMessageCorrelation(message).processInstanceId(id).correlate();
    }
  }

  private void awaitJobs() {
    LifecycleDriver.awaitJobs(management, BareLifecycleModel.KEY, Duration.ofMinutes(5));
  }
}
