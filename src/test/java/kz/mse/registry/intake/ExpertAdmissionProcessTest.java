package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** bpmn/expert-admission.bpmn, every path (R393-5..R393-11). */
@RegistryTest
class ExpertAdmissionProcessTest {

  static final String KEY = "expert-admission";
  /** Friday before Nauryz: 5 working days after it end on 2026-04-01 (R393-7). */
  static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 20);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ApplicationService applications;
  @Autowired RegistryService registry;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  String applicationId;
  ProcessInstance instance;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset(KEY);
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, KEY);
  }

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    Jobs.resetClock();
  }

  @Test
  void happyPath_R393_7_to_11_endsInTheRegistry() {
    submitAndCheck(TestIins.next());
    assertThat(application().deadlines().reviewDue()).isEqualTo(LocalDate.of(2026, 4, 1));
    Task review = task("Activity_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(WorkingDays.endOf(LocalDate.of(2026, 4, 1)));
    assertThat(timerDue("Timer_ReviewOverdue")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(review).hasCandidateGroup("committee");
    assertThat(taskService.getVariable(review.getId(), "applicationId")).isEqualTo(applicationId);

    accept();
    assertThat(application().status()).isEqualTo(ApplicationStatus.TESTING);
    assertThat(application().deadlines().testWindowEnds()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(timerDue("Timer_TestWindowEnds")).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(templates()).containsExactly("TEST_INVITATION");

    assertThat(testResult("a1", 63, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(application().deadlines().decisionDue()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(task("Activity_DecideInclusion").getDueDate())
        .isEqualTo(WorkingDays.endOf(LocalDate.of(2026, 4, 1)));
    assertThat(timerDue("Timer_DecisionOverdue")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(testResult("a1", 63, 90, true, null).getStatusCode()).isEqualTo(HttpStatus.OK);

    include();
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURE);
    // Nauryz: Mar 23-25 are days off, so 3 working days after Friday Mar 20 end on Mar 30
    assertThat(application().deadlines().signingDue()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(timerDue("Timer_SigningDeadline")).isEqualTo(LocalDate.of(2026, 3, 30));
    byte[] pdf = jdbc.sql("select pdf from contract where application_id = ?")
        .param(applicationId).query((rs, n) -> rs.getBytes(1)).single();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

    assertThat(sign().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(sign().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_REGISTRY_ENTRY);
    assertThat(application().deadlines().registryEntryDue())
        .isEqualTo(LocalDate.of(2026, 3, 30));
    Task entry = task("Activity_EnterIntoRegistry");
    assertThat(entry.getDueDate()).isEqualTo(WorkingDays.endOf(LocalDate.of(2026, 3, 30)));
    taskService.complete(entry.getId());
    assertThat(application().status()).isEqualTo(ApplicationStatus.INCLUDED);
    assertThat(registry.findActive(application().iin())).isPresent();
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Event_ExpertIncluded");
    assertThat(templates()).containsExactly("TEST_INVITATION", "REGISTRY_INCLUDED");
    assertThat(text("REGISTRY_INCLUDED")).contains("20.03.2026"); // "included from <date>"
  }

  @Test
  void theFormsCopiesOfTheCandidateAreRuntimeVariablesOnly() {
    submitAndCheck(TestIins.next());
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsKeys("applicationId", "candidateName", "iin", "reviewSheet");
    complete("Activity_ReviewApplication", Map.of("reviewOutcome", "REFUSE",
        "refusalReasons", "[\"DIPLOMA_MISSING\"]"));
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded();

    List<String> kept = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .map(HistoricVariableInstance::getName).toList();
    assertThat(kept).contains("applicationId", "reviewOutcome", "refusalReasons")
        .doesNotContainAnyElementsOf(ReviewSheet.VARIABLES);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getEndTime()).isNotNull();
  }

  @Test
  void onlyTheAdmissionsFormCopiesAreLeftOut() {
    assertThat(FormCopiesOutOfHistory.isFormCopy(variableEvent(KEY, "iin"))).isTrue();
    assertThat(FormCopiesOutOfHistory.isFormCopy(variableEvent(KEY, "applicationId"))).isFalse();
    assertThat(FormCopiesOutOfHistory.isFormCopy(variableEvent("expert-exclusion", "iin")))
        .isFalse();
  }

  private static HistoricVariableUpdateEventEntity variableEvent(String processKey,
      String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setProcessDefinitionKey(processKey);
    event.setVariableName(name);
    return event;
  }

  @Test
  void refuseAtReview_R393_7_3_sendsAppendix4WithTheReasons() {
    submitAndCheck(TestIins.next());
    complete("Activity_ReviewApplication", Map.of("reviewOutcome", "REFUSE",
        "refusalReasons", "[\"DIPLOMA_MISSING\",\"CRIMINAL_RECORD\"]"));
    assertThat(application().status()).isEqualTo(ApplicationStatus.REFUSED_AT_REVIEW);
    assertThat(application().refusalReasons())
        .containsExactly("DIPLOMA_MISSING", "CRIMINAL_RECORD");
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Event_RefusedAtReview");
    assertThat(templates()).containsExactly("APPLICATION_REFUSED");
  }

  @Test
  void documentCheck_R393_6_proposesRegistryFindingsAndMissingDocuments() {
    submitAndCheck("920704456784");
    Task review = task("Activity_ReviewApplication");
    assertThat(AdmissionVariables.codes(taskService.getVariable(review.getId(),
        "refusalReasons"))).containsExactly("NARCOLOGY_REGISTRATION", "CRIMINAL_RECORD");
    // the reviewer keeps the proposal, submitted as a list like a form checklist
    complete("Activity_ReviewApplication", Map.of("reviewOutcome", "REFUSE",
        "refusalReasons", List.of("NARCOLOGY_REGISTRATION")));
    assertThat(application().refusalReasons()).containsExactly("NARCOLOGY_REGISTRATION");
  }

  @Test
  void refusingWithoutReasons_R393_7_3_keepsTheTaskOpen() {
    submitAndCheck(TestIins.next());
    Task review = task("Activity_ReviewApplication");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(
        review.getId(), Map.of("reviewOutcome", "REFUSE", "refusalReasons", "[]")))
        .hasMessageContaining("refusal reason");
    assertThat(instance).isWaitingAt("Activity_ReviewApplication");
    assertThat(application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
  }

  @Test
  void failThenPass_R393_9_retakeInsideTheWindow() {
    toTesting();
    assertThat(testResult("f1", 62, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(application().status()).isEqualTo(ApplicationStatus.TESTING);
    assertThat(instance).isWaitingAt("Activity_AwaitTestResult");
    // the wait is entered again; its new timer ends the same window (R393-9)
    assertThat(timerDue("Timer_TestWindowEnds")).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(testResult("f2", 80, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(application().testAttempts()).hasSize(2);
    assertThat(testResult("f3", 80, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void twoFails_R393_9_refusesWithAppendix5() {
    toTesting();
    testResult("t1", 10, 90, true, null);
    testResult("t2", 62, 90, true, null);
    assertThat(application().status()).isEqualTo(ApplicationStatus.REFUSED_AFTER_TEST);
    assertThat(application().refusalReasons()).containsExactly("TEST_FAILED");
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Event_RefusedAfterTest");
    assertThat(templates()).containsExactly("TEST_INVITATION", "INCLUSION_REFUSED");
    assertThat(testResult("t3", 90, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void proctoringFailedTwice_R393_9_refusesForProctoring() {
    toTesting();
    testResult("p1", 80, 90, false, null);
    assertThat(application().status()).isEqualTo(ApplicationStatus.TESTING);
    testResult("p2", 85, 90, false, null);
    assertThat(application().refusalReasons()).containsExactly("PROCTORING_FAILED");
  }

  @Test
  void technicalFailureAct_R393_9_allowsTheRetake() {
    toTesting();
    testResult("x1", 0, 90, true, "Act No. 17 of the operator");
    assertThat(application().status()).isEqualTo(ApplicationStatus.TESTING);
    testResult("x2", 70, 90, true, null);
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
  }

  @Test
  void windowExpiry_R393_7_2_refusesAsNotTaken() {
    toTesting();
    testResult("w1", 1, 90, true, null);
    Jobs.setClock(WorkingDays.endOf(LocalDate.of(2026, 3, 30)).toInstant().plusSeconds(2));
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Timer_TestWindowEnds", "Event_RefusedAfterTest");
    assertThat(application().status()).isEqualTo(ApplicationStatus.REFUSED_AFTER_TEST);
    assertThat(application().refusalReasons()).containsExactly("TEST_NOT_TAKEN");
    assertThat(testResult("w2", 90, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void attemptReportedAfterTheWindow_R393_7_2_isConflictEvenBeforeTheTimer() {
    toTesting();
    Jobs.setClock(WorkingDays.endOf(LocalDate.of(2026, 3, 31)).toInstant().minusSeconds(60));
    assertThat(testResult("late", 90, 90, true, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(application().testAttempts()).isEmpty();
  }

  @Test
  void decisionRefuse_R393_10_sendsCommitteeRefusal() {
    toDecision();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete("Activity_DecideInclusion",
            Map.of("decision", "REFUSE", "decisionComment", "Seats\u0000")))
        .hasMessageContaining("plain text");
    assertThat(application().status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    complete("Activity_DecideInclusion", Map.of("decision", "REFUSE",
        "decisionComment", "Seats already filled"));
    assertThat(application().status()).isEqualTo(ApplicationStatus.REFUSED_AT_DECISION);
    assertThat(application().refusalReasons()).containsExactly("COMMITTEE_DECISION");
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Event_RefusedAtDecision");
    assertThat(templates()).containsExactly("TEST_INVITATION", "INCLUSION_REFUSED");
  }

  @Test
  void signingTimeout_R393_10_refusesUnsigned() {
    toDecision();
    include();
    Jobs.setClock(WorkingDays.endOf(LocalDate.of(2026, 3, 30)).toInstant().plusSeconds(2));
    assertThat(sign().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isEnded().hasPassed("Event_RefusedUnsigned");
    assertThat(application().status()).isEqualTo(ApplicationStatus.REFUSED_UNSIGNED);
    assertThat(application().refusalReasons()).containsExactly("CONTRACT_NOT_SIGNED");
    assertThat(sign().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void reviewStartedAgainByAnAdmin_keepsTheDeadlineOfTheApplication() {
    submitAndCheck(TestIins.next());
    assertThat(runtimeService.getVariables(instance.getId())).containsKey("applicationId")
        .doesNotContainKey("reviewDue"); // handed on within the step's transaction, no variable
    Jobs.setClock(WorkingDays.startOf(LocalDate.of(2026, 3, 27)).toInstant());
    runtimeService.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity("Activity_ReviewApplication")
        .startBeforeActivity("Activity_ReviewApplication")
        .execute();
    // no step handed the deadline on in this transaction: it comes from the application row
    assertThat(task("Activity_ReviewApplication").getDueDate())
        .isEqualTo(WorkingDays.endOf(LocalDate.of(2026, 4, 1)));
    assertThat(timerDue("Timer_ReviewOverdue")).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void testGatewayStartedAgainByAnAdmin_R393_9_followsTheStoredAttempts() {
    toTesting();
    testResult("g1", 10, 90, true, null);
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("testOutcome");
    restartBefore("Gateway_TestOutcome", "Activity_AwaitTestResult");
    // no attempt was recorded in this transaction: one failed attempt in the table, a retake
    assertThat(instance).isWaitingAt("Activity_AwaitTestResult");
    assertThat(timerDue("Timer_TestWindowEnds")).isEqualTo(LocalDate.of(2026, 3, 30));

    testResult("g2", 80, 90, true, null);
    restartBefore("Gateway_TestOutcome", "Activity_DecideInclusion");
    assertThat(instance).isWaitingAt("Activity_DecideInclusion");
    assertThat(task("Activity_DecideInclusion").getDueDate()).isEqualTo(
        WorkingDays.endOf(application().deadlines().decisionDue()));
  }

  @Test
  void reviewOverdue_R393_7_escalatesWithoutCancellingTheReview() {
    toReviewOverdue();
    assertThat(instance).isWaitingAt("Activity_ReviewApplication", "Activity_HandleReviewOverdue");
    assertThat(formOf("Activity_HandleReviewOverdue")).isEqualTo("form-handle-review-overdue");
    assertThat(task("Activity_HandleReviewOverdue").getDueDate()).as("overdue work: due at once")
        .isEqualTo(Date.from(WorkingDays.endOf(LocalDate.of(2026, 4, 1)).toInstant().plusSeconds(2)));
    taskService.claim(task("Activity_HandleReviewOverdue").getId(), "chair");
    complete("Activity_HandleReviewOverdue",
        Map.of("reviewOverdueHandling", "assigned to reviewer Abenova"));
    assertThat(instance).hasPassed("Event_ReviewEscalated")
        .isWaitingAt("Activity_ReviewApplication")
        .variables().containsEntry("reviewOverdueHandling", "assigned to reviewer Abenova")
        .containsEntry("reviewOverdueHandledBy", "chair");
  }

  @Test
  void reviewOverdue_R393_7_withoutAUsableNote_staysOpen() {
    toReviewOverdue();
    String escalation = task("Activity_HandleReviewOverdue").getId();
    Map<String, Object> missing = new HashMap<>();
    Map<String, Object> blank = Map.of("reviewOverdueHandling", "   ");
    Map<String, Object> tooLong = Map.of("reviewOverdueHandling", "x".repeat(2001));
    Map<String, Object> notText = Map.of("reviewOverdueHandling", 42);
    Map<String, Object> controls = Map.of("reviewOverdueHandling", "done\u0000");
    for (Map<String, Object> variables : List.of(missing, blank, tooLong, notText, controls)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> taskService.complete(escalation, new HashMap<>(variables)))
          .as(variables.toString()).hasMessageContaining("reviewOverdueHandling");
      assertThat(instance)
          .isWaitingAt("Activity_ReviewApplication", "Activity_HandleReviewOverdue");
    }
    assertThat(runtimeService.getVariables(instance.getId()))
        .doesNotContainKeys("reviewOverdueHandling", "reviewOverdueHandledBy");
  }

  @Test
  void reviewOverdue_R393_7_overEngineRest_aMissingNoteIs400AndTheNoteRecordsTheCaller() {
    toReviewOverdue();
    String url = "/engine-rest/task/" + task("Activity_HandleReviewOverdue").getId() + "/complete";
    ResponseEntity<String> refused = rest.withBasicAuth("reviewer", "demo").postForEntity(url,
        Map.of("variables", Map.of("reviewOverdueHandling", Map.of("value", ""))), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("reviewOverdueHandling is required");
    assertThat(instance).isWaitingAt("Activity_ReviewApplication", "Activity_HandleReviewOverdue");

    ResponseEntity<String> done = rest.withBasicAuth("reviewer", "demo").postForEntity(url,
        Map.of("variables", Map.of("reviewOverdueHandling", Map.of("value", "taken over"))),
        String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instance).variables().containsEntry("reviewOverdueHandledBy", "reviewer");
  }

  @Test
  void decisionOverdue_R393_10_escalates() {
    toDecision();
    Jobs.setClock(WorkingDays.endOf(LocalDate.of(2026, 4, 1)).toInstant().plusSeconds(2));
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isWaitingAt("Activity_DecideInclusion", "Activity_HandleDecisionOverdue");
    assertThat(formOf("Activity_HandleDecisionOverdue")).isEqualTo("form-handle-decision-overdue");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(
            "Activity_HandleDecisionOverdue", Map.of("decisionOverdueHandling", "")))
        .hasMessageContaining("decisionOverdueHandling is required");
    taskService.claim(task("Activity_HandleDecisionOverdue").getId(), "chair");
    complete("Activity_HandleDecisionOverdue",
        Map.of("decisionOverdueHandling", "the chair takes the decision today"));
    assertThat(instance).hasPassed("Event_DecisionEscalated")
        .isWaitingAt("Activity_DecideInclusion")
        .variables().containsEntry("decisionOverdueHandledBy", "chair");
  }

  /** Review not done by the end of its 5th working day: the escalation is open. */
  private void toReviewOverdue() {
    submitAndCheck(TestIins.next());
    Jobs.setClock(WorkingDays.endOf(LocalDate.of(2026, 4, 1)).toInstant().plusSeconds(2));
    Jobs.executeAll(managementService, instance.getId());
  }

  private void submitAndCheck(String iin) {
    Jobs.setClock(WorkingDays.startOf(SUBMITTED_ON).toInstant().plusSeconds(4 * 3600));
    String campaignId = TestCampaigns.createAccepting(rest, SUBMITTED_ON);
    applicationId = TestApplications.submit(rest, campaignId, iin, SUBMITTED_ON);
    instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(applicationId).singleResult();
    assertThat(instance).isWaitingAt("Activity_CheckDocuments");
    assertThat(application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isWaitingAt("Activity_ReviewApplication");
  }

  private void toTesting() {
    submitAndCheck(TestIins.next());
    accept();
  }

  private void toDecision() {
    toTesting();
    testResult("pass-" + UUID.randomUUID(), 63, 90, true, null);
    assertThat(instance).isWaitingAt("Activity_DecideInclusion");
  }

  private void accept() {
    complete("Activity_ReviewApplication", Map.of("reviewOutcome", "ACCEPT"));
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isWaitingAt("Activity_AwaitTestResult");
  }

  private void include() {
    complete("Activity_DecideInclusion", Map.of("decision", "INCLUDE", "decisionComment", ""));
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isWaitingAt("Activity_AwaitSignature");
  }

  /** What an admin does in Cockpit: cancel the step and start the instance before another. */
  private void restartBefore(String elementId, String cancelledActivityId) {
    runtimeService.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity(cancelledActivityId)
        .startBeforeActivity(elementId)
        .execute();
  }

  /** The day (Almaty) on whose end the boundary timer fires. */
  private LocalDate timerDue(String timerId) {
    return WorkingDays.toDate(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(timerId).singleResult().getDuedate());
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  /** The Camunda Form Tasklist shows for the open task. */
  private String formOf(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  private void complete(String key, Map<String, Object> variables) {
    taskService.complete(task(key).getId(), new HashMap<>(variables));
  }

  private Application application() {
    return applications.get(applicationId);
  }

  private String text(String template) {
    return jdbc.sql("select text from notification where application_id = ? and template = ?")
        .params(applicationId, template).query(String.class).single();
  }

  private List<String> templates() {
    return jdbc.sql("select template from notification where application_id = ? order by created_at")
        .param(applicationId).query(String.class).list();
  }

  private ResponseEntity<Map> testResult(String attempt, int correct, int total,
      boolean proctoring, String act) {
    Map<String, Object> body = new HashMap<>();
    body.put("applicationId", applicationId);
    body.put("attemptId", applicationId + "-" + attempt);
    body.put("correctAnswers", correct);
    body.put("totalQuestions", total);
    body.put("proctoringPassed", proctoring);
    body.put("technicalFailureAct", act);
    body.put("finishedAt", OffsetDateTime.ofInstant(currentTime(), WorkingDays.ALMATY)
        .toString());
    return rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/integrations/testing/results", body, Map.class);
  }

  private ResponseEntity<Map> sign() {
    return rest.withBasicAuth("integration", "demo").postForEntity(
        "/api/integrations/signing/results", Map.of("applicationId", applicationId,
            "signedAt", OffsetDateTime.ofInstant(currentTime(), WorkingDays.ALMATY).toString(),
            "signatureBase64", "TUlJ"), Map.class);
  }

  private static Instant currentTime() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }
}
