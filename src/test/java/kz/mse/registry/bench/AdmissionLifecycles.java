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
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Drives N full admission lifecycles (submit → document check → review → failed test → passed
 * retake → decision → signing → registry entry) of the real expert-admission process with the
 * real job executor, in-process: the submission and the testing/signing results through the
 * application services the webhooks call, Committee tasks through TaskService.
 */
final class AdmissionLifecycles {

  private static final String KEY = "expert-admission";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ObjectMapper json;
  private final ApplicationService applications;
  private final TestingService testing;
  private final ContractService contracts;
  private final String campaignId;
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
  final PhaseClock phases = new PhaseClock();

  AdmissionLifecycles(RuntimeService runtime, TaskService tasks, ManagementService management,
      TestRestTemplate rest, ObjectMapper json, ApplicationService applications,
      TestingService testing, ContractService contracts) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.json = json;
    this.applications = applications;
    this.testing = testing;
    this.contracts = contracts;
    this.campaignId = TestCampaigns.createAccepting(rest, today);
  }

  /** Drives n lifecycles; returns the nanoseconds from the first submit to the last end. */
  long run(int n) {
    List<NewApplication> submitted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      submitted.add(json.convertValue(TestApplications.body(campaignId, TestIins.next(), today),
          NewApplication.class));
    }
    phases.reset(); // building the requests is the harness's, not the product's time
    long begin = System.nanoTime();
    List<String> ids = new ArrayList<>();
    submitted.forEach(application -> ids.add(applications.submit(application).id()));
    phases.mark("start");
    awaitJobs();
    phases.mark("jobs0");
    completeAll(ids, "Activity_ReviewApplication", CommitteeInput.REVIEW);
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
    completeAll(ids, "Activity_DecideInclusion", CommitteeInput.DECISION);
    phases.mark("DecideInclusion");
    awaitJobs();
    phases.mark("jobs4");
    ids.forEach(id -> contracts.signed(new SigningResult(id, OffsetDateTime.now(), null)));
    phases.mark("signed");
    awaitJobs();
    phases.mark("jobs5");
    completeAll(ids, "Activity_EnterIntoRegistry", CommitteeInput.REGISTRY_ENTRY);
    phases.mark("EnterIntoRegistry");
    awaitJobs();
    phases.mark("jobs6");
    long left = StatementCounter.uncounted(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(KEY).active().count());
    if (left > 0) {
      throw new IllegalStateException(left + " admission lifecycles did not finish");
    }
    return System.nanoTime() - begin;
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
    JobWait.awaitJobs(management, KEY, Duration.ofMinutes(5));
  }
}
