package kz.mse.registry.evaluation;

import static kz.mse.registry.evaluation.EvaluationFixtures.conclusion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import kz.mse.registry.notification.Notification;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * bpmn/expert-evaluation.bpmn and bpmn/evaluation-yearly.bpmn: R408-3 timers, runs on
 * request, the evaluation table as JSON and PDF (R408-6, R408-7), SMS on publishing, plans.
 */
@RegistryTest
class ExpertEvaluationProcessTest {

  @Autowired RegistryService registry;
  @Autowired EvaluationRepository repository;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired NotificationService notifications;
  EvaluationFixtures fixtures;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset("expert-evaluation");
    ProcessCoverage.reset("evaluation-yearly");
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, "expert-evaluation");
    ProcessCoverage.assertComplete(repositoryService, "evaluation-yearly");
  }

  @BeforeEach
  void init() {
    fixtures = new EvaluationFixtures(registry, repository, rest, managementService);
  }

  @AfterEach
  void resetClock() {
    Jobs.resetClock();
    for (String key : List.of("expert-evaluation", "evaluation-yearly")) {
      managementService.recalculateJobDuedate(timerJob(key).getId(), false);
    }
  }

  private Job timerJob(String key) {
    return managementService.createJobQuery().processDefinitionKey(key).timers()
        .singleResult();
  }

  /** Moves the clock, re-computes the cron timer from it, and returns its due date. */
  private Instant nextRunAfter(String key, Instant now) {
    Jobs.setClock(now);
    Job job = timerJob(key);
    managementService.recalculateJobDuedate(job.getId(), false);
    return timerJob(key).getDuedate().toInstant();
  }

  /** Fires the timer at its due date and finishes the instance it starts; its period. */
  private String fire(String key) {
    Job job = timerJob(key);
    Jobs.setClock(job.getDuedate().toInstant());
    // The instance the timer starts is the one that was not there before: a start-time order
    // would pick a run started on request by another test once the real clock has passed the
    // timer's due date (as it had on 2026-12-04 after 19:00 UTC).
    Set<String> before = instanceIds(key);
    managementService.executeJob(job.getId());
    HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(key).list().stream()
        .filter(instance -> !before.contains(instance.getId()))
        .reduce((a, b) -> {
          throw new AssertionError("the timer started more than one instance");
        })
        .orElseThrow(() -> new AssertionError("the timer started no instance"));
    Jobs.executeAll(managementService, started.getId());
    assertThat(started.getStartTime()).isEqualTo(job.getDuedate());
    return (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(started.getId()).variableName("period").singleResult().getValue();
  }

  private Set<String> instanceIds(String key) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).list()
        .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  @Test
  void r408_3_monthlyRunIsOnThe5thAtMidnightInAlmatyEvenOnASaturday() {
    assertThat(TimeZone.getDefault().getRawOffset()).as("the engine JVM runs in UTC").isZero();
    // 2026-12-05 is a Saturday: still the 5th, 00:00 Asia/Almaty = 2026-12-04 19:00 UTC.
    assertThat(nextRunAfter("expert-evaluation", Instant.parse("2026-11-05T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-04T19:00:00Z"));
    assertThat(fire("expert-evaluation")).isEqualTo("2026-11");
    assertThat(repository.wasEvaluated(Period.parse("2026-11", "p"))).isTrue();
    // The year boundary: the run of 2027-01-05 evaluates December 2026.
    assertThat(timerJob("expert-evaluation").getDuedate().toInstant())
        .isEqualTo(Instant.parse("2027-01-04T19:00:00Z"));
    assertThat(fire("expert-evaluation")).isEqualTo("2026-12");
  }

  @Test
  void r408_3_yearlyRunIsOn15JanuaryForThePreviousYear() {
    assertThat(nextRunAfter("evaluation-yearly", Instant.parse("2026-11-23T10:00:00Z")))
        .isEqualTo(Instant.parse("2027-01-14T19:00:00Z"));
    assertThat(fire("evaluation-yearly")).isEqualTo("2026");
    assertThat(timerJob("evaluation-yearly").getDuedate().toInstant())
        .isEqualTo(Instant.parse("2028-01-14T19:00:00Z"));
  }

  @Test
  void r408_6_monthAndYearTablesWithNoDataRowsAndFullPrecision() throws IOException {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    LocalDate may = LocalDate.of(2001, 5, 12);
    List<Map<String, Object>> batch = List.of(
        conclusion(iin, may, true, "disabilityRecognized", true, "groupMatchesLimitations", true,
            "iprSocialPartDeveloped", true, "osiPrimary", true, "gwcSetAtPrimary", true),
        conclusion(iin, may, true, "disabilityRecognized", true, "groupMatchesLimitations",
            false, "iprSocialPartDeveloped", true),
        conclusion(iin, may, false, "priorGwc", true, "gwcSetAtReexam", true),
        conclusion(iin, may, true));
    assertThat(fixtures.post("integration", "/api/conclusions", batch).getStatusCode().value())
        .isEqualTo(202);
    fixtures.feed(iin, LocalDate.of(2001, 6, 30), 7, 6);

    assertThat(fixtures.run("2001-05").getStatusCode().value()).isEqualTo(200);
    assertThat(fixtures.run("2001-06").getStatusCode().value()).isEqualTo(200);
    assertThat(fixtures.run("2001-07").getStatusCode().value()).isEqualTo(200);
    ResponseEntity<Map> yearRun = rest.withBasicAuth("admin", "demo")
        .postForEntity("/api/evaluations/run", Map.of("period", "2001"), Map.class);
    assertThat(yearRun.getStatusCode().value()).isEqualTo(200);
    assertThat(yearRun.getBody()).containsEntry("period", "2001");
    fixtures.proposeExclusions();

    Map<String, Object> may2001 = get("reviewer", iin, "2001-05");
    assertThat(may2001).containsEntry("expertIin", iin).containsEntry("period", "2001-05")
        .containsEntry("fullName", "Әбдірахманова Гүлнұр Қайратқызы")
        .containsEntry("score", 85.0).containsEntry("scoreDisplay", "85.0");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) may2001.get("rows");
    assertThat(rows).extracting(r -> r.get("total")).containsExactly(4, 2, 1, 1, 2);
    assertThat(rows).extracting(r -> r.get("meeting")).containsExactly(3, 1, 1, 1, 2);
    assertThat(rows).extracting(r -> r.get("percent")).containsExactly(75.0, 50.0, 100.0,
        100.0, 100.0);

    Map<String, Object> june = get("portal", iin, "2001-06");
    assertThat((Double) june.get("score")).isEqualTo(600.0 / 7);
    assertThat(june).containsEntry("scoreDisplay", "85.7");
    assertThat(((List<Map<String, Object>>) june.get("rows")).get(1)).containsEntry("percent",
        null).containsEntry("total", 0);
    assertThat(get("portal", iin, "2001-07")).containsEntry("score", null);

    Map<String, Object> year = get("portal", iin, "2001");
    assertThat((Double) year.get("score")).isEqualTo((85.0 + 600.0 / 7) / 2);
    assertThat(year).containsEntry("scoreDisplay", "85.4");
    assertThat((List<Map<String, Object>>) year.get("months")).extracting(m -> m.get("period"))
        .containsExactly("2001-05", "2001-06", "2001-07");

    String kk = pdfText(iin, "2001-05", "");
    assertThat(kk).contains("ЖИЫНЫ", "Сараптамалық шешім уақтылы", "85.0", "75.0", "Гүлнұр",
        "Қайратқызы", "қ", "ә", "ү", "ң", "і");
    assertThat(pdfText(iin, "2001", "?lang=ru")).contains("ИТОГО", "85.4", "2001-06", "85.7");
  }

  @Test
  void r408_7_eachScoredExpertGetsOneSmsWhenTheMonthIsPublished() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2001, 8, 3), 4, 4);
    fixtures.run("2001-08");
    publish("2001-08");
    fixtures.run("2001-08");
    publish("2001-08");
    List<Notification> sent = notifications.forExpert(iin);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).template().name()).isEqualTo("EVALUATION_PUBLISHED");
    assertThat(sent.get(0).text()).contains("2001-08", "100.0");
  }

  private void publish(String period) {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("expert-evaluation")
        .variableValueEquals("period", period).list()
        .forEach(instance -> Jobs.executeAll(managementService, instance.getId()));
  }

  @Test
  void tablesAnswer404And400() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    assertStatus(getRaw("reviewer", iin, "2000-02", null), 404);
    assertStatus(getRaw("reviewer", TestIins.next(), "2001-05", null), 404);
    assertStatus(getRaw("reviewer", iin, "2000-02", MediaType.APPLICATION_PDF_VALUE), 404);
    assertBad(getRaw("reviewer", iin, "2001-13", null), "period");
    assertBad(getRaw("reviewer", TestIins.withBadChecksum(iin), "2001-05", null), "iin");
    assertBad(rest.withBasicAuth("reviewer", "demo").getForEntity(
        "/api/experts/" + iin + "/evaluations/2001-05?lang=en", String.class), "lang");
    assertStatus(getRaw(null, iin, "2001-05", null), 401);
    assertStatus(getRaw("integration", iin, "2001-05", null), 403);
  }

  @Test
  void runAnswers400ForBadOrFuturePeriodsAnd401And403() {
    assertBad(fixtures.post("admin", "/api/evaluations/run", Map.of()), "period");
    assertBad(fixtures.run("21-10"), "period");
    assertBad(fixtures.run("2001-00"), "period");
    assertBad(fixtures.run("2099-01"), "period");
    assertBad(fixtures.run("2099"), "period");
    assertBad(fixtures.post("admin", "/api/evaluations/run", "{"), null);
    assertStatus(fixtures.post(null, "/api/evaluations/run", Map.of("period", "2001-01")), 401);
    assertStatus(fixtures.post("reviewer", "/api/evaluations/run",
        Map.of("period", "2001-01")), 403);
  }

  @Test
  void r393_13_2_theCommitteeSetsThePlannedExaminations() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    String path = "/api/experts/" + iin + "/plan";
    ResponseEntity<String> set = fixtures.exchange("reviewer", HttpMethod.PUT, path,
        Map.of("plannedMonthlyExaminations", 25));
    assertStatus(set, 200);
    assertThat(set.getBody()).contains("\"plannedMonthlyExaminations\":25");
    assertThat(rest.withBasicAuth("reviewer", "demo").getForObject(path, String.class))
        .contains("\"plannedMonthlyExaminations\":25");
    for (Object bad : List.of(Map.of("plannedMonthlyExaminations", 0), Map.of(),
        Map.of("plannedMonthlyExaminations", "many"),
        Map.of("plannedMonthlyExaminations", 100001))) {
      assertBad(fixtures.exchange("reviewer", HttpMethod.PUT, path, bad),
          "plannedMonthlyExaminations");
    }
    assertStatus(fixtures.exchange("reviewer", HttpMethod.PUT,
        "/api/experts/" + TestIins.next() + "/plan", Map.of("plannedMonthlyExaminations", 5)),
        404);
    assertBad(fixtures.exchange("reviewer", HttpMethod.PUT,
        "/api/experts/123/plan", Map.of("plannedMonthlyExaminations", 5)), "iin");
    assertStatus(fixtures.exchange(null, HttpMethod.PUT, path,
        Map.of("plannedMonthlyExaminations", 5)), 401);
    assertStatus(fixtures.exchange("portal", HttpMethod.PUT, path,
        Map.of("plannedMonthlyExaminations", 5)), 403);
    assertBad(fixtures.exchange("reviewer", HttpMethod.GET, "/api/experts/12345/plan", null),
        "iin");
    assertStatus(fixtures.exchange("reviewer", HttpMethod.GET,
        "/api/experts/" + TestIins.next() + "/plan", null), 404);
    assertStatus(fixtures.exchange(null, HttpMethod.GET, path, null), 401);
    assertStatus(fixtures.exchange("portal", HttpMethod.GET, path, null), 403);
  }

  private Map<String, Object> get(String user, String iin, String period) {
    ResponseEntity<Map> response = rest.withBasicAuth(user, "demo")
        .getForEntity("/api/experts/" + iin + "/evaluations/" + period, Map.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  private ResponseEntity<String> getRaw(String user, String iin, String period, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange("/api/experts/" + iin + "/evaluations/" + period, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
  }

  private String pdfText(String iin, String period, String query) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PDF));
    ResponseEntity<byte[]> response = rest.withBasicAuth("portal", "demo").exchange(
        "/api/experts/" + iin + "/evaluations/" + period + query, HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(response.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static void assertStatus(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody()))
        .isEqualTo(status);
  }

  private static void assertBad(ResponseEntity<String> response, String field) {
    assertStatus(response, 400);
    if (field != null) {
      assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }
  }
}
