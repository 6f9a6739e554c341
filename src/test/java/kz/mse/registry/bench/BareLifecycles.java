package kz.mse.registry.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline half of the lifecycle workload: drives N lifecycles of {@link BareLifecycleModel}
 * step by step for all N instances at once, exactly like {@link AdmissionLifecycles} (same
 * phases, same waits for the real job executor, messages correlated by business key).
 */
final class BareLifecycles {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  final PhaseClock phases = new PhaseClock();

  BareLifecycles(RepositoryService repository, RuntimeService runtime, TaskService tasks,
      ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    repository.createDeployment().name("bench-baseline")
        .addModelInstance(BareLifecycleModel.KEY + ".bpmn", BareLifecycleModel.build()).deploy();
  }

  /** Drives n bare lifecycles; returns the nanoseconds from the first start to the last end. */
  long run(int n) {
    long begin = System.nanoTime();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = UUID.randomUUID().toString();
      runtime.startProcessInstanceByKey(BareLifecycleModel.KEY, key);
      keys.add(key);
    }
    phases.mark("start");
    awaitJobs();
    phases.mark("jobs0");
    completeAll("Activity_ReviewApplication", CommitteeInput.REVIEW);
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
    completeAll("Activity_DecideInclusion", CommitteeInput.DECISION);
    phases.mark("DecideInclusion");
    awaitJobs();
    phases.mark("jobs4");
    correlateAll(keys, BareLifecycleModel.SIGNED);
    phases.mark("signed");
    awaitJobs();
    phases.mark("jobs5");
    completeAll("Activity_EnterIntoRegistry", CommitteeInput.REGISTRY_ENTRY);
    phases.mark("EnterIntoRegistry");
    awaitJobs();
    phases.mark("jobs6");
    long left = StatementCounter.uncounted(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(BareLifecycleModel.KEY).count());
    if (left > 0) {
      throw new IllegalStateException(left + " bare lifecycles did not finish");
    }
    return System.nanoTime() - begin;
  }

  /** With the admission's input: its gateways decide on the same variables. */
  private void completeAll(String taskKey, Map<String, Object> variables) {
    List<Task> open = StatementCounter.uncounted(() -> tasks.createTaskQuery()
        .processDefinitionKey(BareLifecycleModel.KEY).taskDefinitionKey(taskKey).list());
    for (Task task : open) {
      tasks.complete(task.getId(), variables);
    }
  }

  /** By business key, as the application correlates the testing and signing results. */
  private void correlateAll(List<String> keys, String message) {
    for (String key : keys) {
      runtime.createMessageCorrelation(message).processInstanceBusinessKey(key).correlate();
    }
  }

  private void awaitJobs() {
    JobWait.awaitJobs(management, BareLifecycleModel.KEY, Duration.ofMinutes(5));
  }
}
