package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.mse.registry.contract.ContractService;
import kz.mse.registry.contract.SigningResult;
import kz.mse.registry.intake.ApplicationService;
import kz.mse.registry.intake.NewApplication;
import kz.mse.registry.intake.TestApplications;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import kz.mse.registry.testing.TestResult;
import kz.mse.registry.testing.TestingService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Workload 1: N full admission lifecycles (submit → document check → review → failed test →
 * passed retake → decision → signing → registry entry) of the real expert-admission process
 * with the real job executor, driven in-process: the submission and the testing/signing
 * results through the application services the webhooks call, Committee tasks through
 * TaskService. Compared with LifecycleBaselineBenchmark (run before this class in the same JVM).
 */
@BenchContext
class LifecycleBenchmark {

  private static final String KEY = "expert-admission";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ApplicationService applications;
  @Autowired TestingService testing;
  @Autowired ContractService contracts;

  private final PhaseClock phases = new PhaseClock();

  @Test
  void admissionLifecycles() {
    int n = BenchSizes.of("lifecycles", 200);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String campaignId = TestCampaigns.createAccepting(rest, today);
    run(campaignId, today, Math.min(20, n)); // warm-up
    StatementCounter.resetProfile();
    phases.reset();
    long statementsBefore = StatementCounter.total();
    long start = System.nanoTime();
    run(campaignId, today, n);
    double seconds = (System.nanoTime() - start) / 1e9;
    double perLifecycle = (double) (StatementCounter.total() - statementsBefore) / n;
    BenchResult result = new BenchResult("lifecycle", n, seconds)
        .with("statementsPerOperation", perLifecycle);
    BenchResult baseline = LifecycleBaselineBenchmark.lastBaseline;
    if (baseline != null) {
      result.baseline(((Number) baseline.fields().get("operations")).longValue(),
          ((Number) baseline.fields().get("seconds")).doubleValue());
      result.with("baselineStatementsPerOperation", LifecycleBaselineBenchmark.lastStatementsPerLifecycle);
    }
    System.out.println(StatementCounter.profile("lifecycle", n));
    System.out.println(phases.summary("lifecycle"));
    BenchReport.add(result);
  }

  private void run(String campaignId, LocalDate today, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NewApplication application = json.convertValue(
          TestApplications.body(campaignId, TestIins.next(), today), NewApplication.class);
      ids.add(applications.submit(application).id());
    }
    phases.mark("start");
    awaitJobs();
    phases.mark("jobs0");
    completeAll(ids, "Activity_ReviewApplication", Map.of("reviewOutcome", "ACCEPT"));
    phases.mark("ReviewApplication");
    awaitJobs();
    phases.mark("jobs1");
    ids.forEach(id -> testing.record(attempt(id, 1, 10)));
    phases.mark("firstTest");
    awaitJobs();
    phases.mark("jobs2");
    ids.forEach(id -> testing.record(attempt(id, 2, 80)));
    phases.mark("retake");
    awaitJobs();
    phases.mark("jobs3");
    completeAll(ids, "Activity_DecideInclusion", Map.of("decision", "INCLUDE", "decisionComment", "bench"));
    phases.mark("DecideInclusion");
    awaitJobs();
    phases.mark("jobs4");
    ids.forEach(id -> contracts.signed(new SigningResult(id, OffsetDateTime.now(), null)));
    phases.mark("signed");
    awaitJobs();
    phases.mark("jobs5");
    completeAll(ids, "Activity_EnterIntoRegistry", Map.of());
    phases.mark("EnterIntoRegistry");
    awaitJobs();
    phases.mark("jobs6");
    long left = StatementCounter.uncounted(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(KEY).active().count());
    if (left > 0) {
      throw new IllegalStateException(left + " admission lifecycles did not finish");
    }
  }

  private static TestResult attempt(String applicationId, int number, int correctAnswers) {
    return new TestResult(applicationId, applicationId + "-" + number, correctAnswers, 90, true,
        null, OffsetDateTime.now());
  }

  /** One query for all open tasks of the step, like the baseline's drive. */
  private void completeAll(List<String> ids, String taskKey, Map<String, Object> variables) {
    List<Task> open = StatementCounter.uncounted(() -> tasks.createTaskQuery()
        .processDefinitionKey(KEY).taskDefinitionKey(taskKey).list());
    if (open.size() != ids.size()) {
      throw new IllegalStateException(taskKey + ": " + open.size() + " open tasks for "
          + ids.size() + " lifecycles");
    }
    open.forEach(task -> tasks.complete(task.getId(), variables));
  }

  private void awaitJobs() {
    LifecycleDriver.awaitJobs(management, KEY, Duration.ofMinutes(5));
  }
}
