package kz.mse.registry.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Workload 1: N full admission lifecycles (submit → document check → review → failed test →
 * passed retake → decision → signing → registry entry) of the real expert-admission process
 * with the real job executor. Committee tasks are completed in-process through TaskService; the
 * submission and the testing/signing webhooks go through their endpoints with the in-process
 * TestRestTemplate, because the intake services are package-private (statements of the HTTP
 * layer's authentication are included). Compared with LifecycleBaselineBenchmark (run before
 * this class in the same JVM). Skipped while expert-admission is not deployed (branch
 * admission not merged).
 */
@BenchContext
class LifecycleBenchmark {

  private static final String KEY = "expert-admission";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;

  @Test
  void admissionLifecycles() {
    assumeTrue(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0,
        "expert-admission is not deployed (admission branch not merged)");
    int probe = rest.withBasicAuth("portal", "demo")
        .postForEntity("/api/applications", Map.of(), String.class).getStatusCode().value();
    assumeTrue(probe != 404 && probe != 405, "POST /api/applications missing (admission branch not merged)");
    int n = BenchSizes.of("lifecycles", 200);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String campaignId = TestCampaigns.createAccepting(rest, today);
    run(campaignId, today, Math.min(20, n)); // warm-up
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
    BenchReport.add(result);
  }

  @SuppressWarnings("rawtypes")
  private void run(String campaignId, LocalDate today, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ResponseEntity<Map> created = rest.withBasicAuth("portal", "demo").postForEntity(
          "/api/applications", SubmitBenchmark.application(campaignId, TestIins.next(), today), Map.class);
      if (!created.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("submit failed: " + created);
      }
      ids.add((String) created.getBody().get("id"));
    }
    awaitJobs();
    completeAll(ids, "Activity_ReviewApplication", Map.of("reviewOutcome", "ACCEPT"));
    awaitJobs();
    for (String id : ids) {
      post("/api/integrations/testing/results", Map.of("applicationId", id, "attemptId", id + "-1",
          "correctAnswers", 10, "totalQuestions", 90, "proctoringPassed", true,
          "finishedAt", OffsetDateTime.now().toString()));
    }
    awaitJobs();
    for (String id : ids) {
      post("/api/integrations/testing/results", Map.of("applicationId", id, "attemptId", id + "-2",
          "correctAnswers", 80, "totalQuestions", 90, "proctoringPassed", true,
          "finishedAt", OffsetDateTime.now().toString()));
    }
    awaitJobs();
    completeAll(ids, "Activity_DecideInclusion", Map.of("decision", "INCLUDE", "decisionComment", "bench"));
    awaitJobs();
    for (String id : ids) {
      post("/api/integrations/signing/results", Map.of("applicationId", id,
          "signedAt", OffsetDateTime.now().toString()));
    }
    awaitJobs();
    completeAll(ids, "Activity_EnterIntoRegistry", Map.of());
    awaitJobs();
    long left = StatementCounter.uncounted(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(KEY).active().count());
    if (left > 0) {
      throw new IllegalStateException(left + " admission lifecycles did not finish");
    }
  }

  @SuppressWarnings("rawtypes")
  private void post(String path, Map<String, Object> body) {
    ResponseEntity<Map> response = rest.withBasicAuth("integration", "demo").postForEntity(path, body, Map.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(path + " failed: " + response);
    }
  }

  private void completeAll(List<String> ids, String taskKey, Map<String, Object> variables) {
    for (String id : ids) {
      List<Task> open = StatementCounter.uncounted(() -> tasks.createTaskQuery()
          .processInstanceBusinessKey(id).taskDefinitionKey(taskKey).list());
      if (open.size() != 1) {
        throw new IllegalStateException(taskKey + " of " + id + ": " + open.size() + " tasks");
      }
      tasks.complete(open.get(0).getId(), variables);
    }
  }

  private void awaitJobs() {
    LifecycleDriver.awaitJobs(management, KEY, Duration.ofMinutes(5));
  }
}
