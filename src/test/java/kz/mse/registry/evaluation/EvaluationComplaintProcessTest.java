package kz.mse.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.mse.registry.notification.Notification;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** bpmn/evaluation-complaint.bpmn: R408-9 complaints, upheld (re-run) or rejected, SMS. */
@RegistryTest
class EvaluationComplaintProcessTest {

  @Autowired RegistryService registry;
  @Autowired EvaluationRepository repository;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationService notifications;
  @Autowired JdbcClient jdbc;
  EvaluationFixtures fixtures;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset("evaluation-complaint");
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, "evaluation-complaint");
  }

  @BeforeEach
  void init() {
    fixtures = new EvaluationFixtures(registry, repository, rest, managementService);
  }

  private String complain(String iin, String period, String text) {
    ResponseEntity<Map> response = rest.withBasicAuth("portal", "demo").postForEntity(
        "/api/experts/" + iin + "/evaluations/" + period + "/complaints", Map.of("text", text),
        Map.class);
    assertThat(response.getStatusCode().value()).isEqualTo(202);
    return (String) response.getBody().get("complaintId");
  }

  private Task reviewTask(String complaintId) {
    return taskService.createTaskQuery().processDefinitionKey("evaluation-complaint")
        .processInstanceBusinessKey(complaintId).taskDefinitionKey("Activity_ReviewComplaint")
        .taskCandidateGroup("committee").singleResult();
  }

  private void finish(Task task) {
    Jobs.executeAll(managementService, task.getProcessInstanceId());
  }

  @Test
  void r408_9_anUpheldComplaintReRunsThePeriodAuditsItAndTellsTheExpert() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2003, 2, 14), 10, 8);
    fixtures.run("2003-02");
    fixtures.run("2003");
    String id = complain(iin, "2003-02", "Two timely conclusions are missing");
    Task task = reviewTask(id);
    assertThat(taskService.getVariables(task.getId())).containsEntry("expertIin", iin)
        .containsEntry("period", "2003-02")
        .containsEntry("complaintText", "Two timely conclusions are missing");
    assertThat((String) taskService.getVariable(task.getId(), "evaluationTable"))
        .contains("80.0");

    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("complaintOutcome", "UPHELD"))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("complaintResponse");
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("complaintOutcome", "UPHELD", "complaintResponse", "ok\u0000")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("plain text");
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("complaintOutcome", "MAYBE", "complaintResponse", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("complaintOutcome");

    fixtures.feed(iin, LocalDate.of(2003, 2, 15), 2, 2);
    taskService.complete(task.getId(), Map.of("complaintOutcome", "UPHELD",
        "complaintResponse", "CBDI resent the missing conclusions"));
    finish(task);

    Double score = repository.find(Period.parse("2003-02", "p"), iin).orElseThrow().score();
    assertThat(score).isEqualTo(1000.0 / 12);
    assertThat(repository.find(Period.parse("2003", "p"), iin).orElseThrow().score())
        .as("R408-5: the year follows its corrected month").isEqualTo(1000.0 / 12);
    Map<String, Object> audit = jdbc.sql("select old_score, new_score, action from "
        + "evaluation_audit where expert_iin = ? and period = '2003-02'").param(iin).query()
        .singleRow();
    assertThat(((Number) audit.get("OLD_SCORE")).doubleValue()).isEqualTo(80.0);
    assertThat(((Number) audit.get("NEW_SCORE")).doubleValue()).isEqualTo(1000.0 / 12);
    assertThat(repository.find(Period.parse("2003-02", "p"), iin)).isPresent();
    List<Notification> sms = notifications.forExpert(iin);
    assertThat(sms).extracting(n -> n.template().name()).containsExactly("COMPLAINT_UPHELD");
    assertThat(sms.get(0).text()).contains("2003-02", "CBDI resent the missing conclusions");
    assertThat(complaint(id)).containsEntry("OUTCOME", "UPHELD");
  }

  @Test
  void r408_9_aRejectedComplaintKeepsTheReasonAndTellsTheExpert() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2003, 3, 14), 10, 9);
    fixtures.run("2003-03");
    fixtures.run("2003");
    String id = complain(iin, "2003", "The year is unfair");
    Task task = reviewTask(id);

    taskService.complete(task.getId(), Map.of("complaintOutcome", "REJECTED",
        "complaintResponse", "The conclusions were checked"));
    finish(task);

    assertThat(complaint(id)).containsEntry("OUTCOME", "REJECTED")
        .containsEntry("RESPONSE", "The conclusions were checked");
    List<Map> listed = List.of(rest.withBasicAuth("portal", "demo")
        .getForObject("/api/experts/" + iin + "/complaints", Map[].class));
    assertThat(listed).singleElement().satisfies(c -> assertThat(c)
        .containsEntry("complaintId", id).containsEntry("period", "2003")
        .containsEntry("outcome", "REJECTED")
        .containsEntry("response", "The conclusions were checked"));
    assertThat(notifications.forExpert(iin)).extracting(n -> n.template().name())
        .contains("COMPLAINT_REJECTED");
  }

  private Map<String, Object> complaint(String id) {
    return jdbc.sql("select outcome, response from evaluation_complaint where id = ?")
        .param(id).query().singleRow();
  }

  @Test
  void complaintsAnswer400And404And401And403() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2003, 4, 14), 2, 2);
    fixtures.run("2003-04");
    String path = "/api/experts/" + iin + "/evaluations/2003-04/complaints";
    assertStatus(fixtures.post("portal", path, Map.of("text", "")), 400, "text");
    assertStatus(fixtures.post("portal", path, Map.of("text", "x".repeat(4001))), 400, "text");
    assertStatus(fixtures.post("portal", path, Map.of()), 400, "text");
    assertStatus(fixtures.post("portal", "/api/experts/" + iin
        + "/evaluations/2003-13/complaints", Map.of("text", "t")), 400, "period");
    assertStatus(fixtures.post("portal", "/api/experts/" + TestIins.withBadChecksum(iin)
        + "/evaluations/2003-04/complaints", Map.of("text", "t")), 400, "iin");
    assertStatus(fixtures.post("portal", "/api/experts/" + iin
        + "/evaluations/2003-05/complaints", Map.of("text", "t")), 404, null);
    assertStatus(fixtures.post("portal", "/api/experts/" + TestIins.next()
        + "/evaluations/2003-04/complaints", Map.of("text", "t")), 404, null);
    assertStatus(fixtures.post(null, path, Map.of("text", "t")), 401, null);
    assertStatus(fixtures.post("reviewer", path, Map.of("text", "t")), 403, null);
    String list = "/api/experts/" + iin + "/complaints";
    assertStatus(fixtures.exchange("reviewer", HttpMethod.GET, "/api/experts/1/complaints",
        null), 400, "iin");
    assertStatus(fixtures.exchange("reviewer", HttpMethod.GET,
        "/api/experts/" + TestIins.next() + "/complaints", null), 404, null);
    assertStatus(fixtures.exchange(null, HttpMethod.GET, list, null), 401, null);
    assertStatus(fixtures.exchange("integration", HttpMethod.GET, list, null), 403, null);
    assertThat(jdbc.sql("select count(*) from evaluation_complaint where expert_iin = ?")
        .param(iin).query(Long.class).single()).isZero();
  }

  private static void assertStatus(ResponseEntity<String> response, int status, String field) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody()))
        .isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }
  }
}
