package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One candidate from submission to the registry through the REST API only (R393-5..R393-11):
 * committee tasks are completed through engine-rest as the demo reviewer; due jobs are run
 * between steps because the test profile has no job executor.
 */
@RegistryTest
class AdmissionEndToEndTest {

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDays workingDays;
  @Autowired ManagementService managementService;

  @Test
  void candidateIsIncludedThroughTheApi_R393_5_to_11() {
    LocalDate today = workingDays.today();
    String iin = TestIins.next();
    String campaignId = TestCampaigns.createAccepting(rest, today);
    ResponseEntity<Map> created = rest.withBasicAuth("portal", "demo").postForEntity(
        "/api/applications", TestApplications.body(campaignId, iin, today), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    Jobs.executeAllDue(managementService);

    // a reviewer may not refuse without reasons: the listener rejects it and the task stays
    // with 400 naming the field (system.EngineRestConfig unwraps the listener's exception)
    String review = taskId(id, "Activity_ReviewApplication");
    ResponseEntity<Map> refused = reviewer().postForEntity("/engine-rest/task/" + review
        + "/complete", Map.of("variables", Map.of("reviewOutcome", Map.of("value", "REFUSE"),
        "refusalReasons", Map.of("value", "[]"))), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "refusalReasons");
    assertThat(String.valueOf(refused.getBody())).contains("refusal reason");
    assertThat(status(id)).isEqualTo("UNDER_REVIEW");

    complete(review, Map.of("reviewOutcome", Map.of("value", "ACCEPT")));
    Jobs.executeAllDue(managementService);
    assertThat(status(id)).isEqualTo("TESTING");
    assertThat(templates(id)).contains("TEST_INVITATION");

    ResponseEntity<Map> test = rest.withBasicAuth("integration", "demo").postForEntity(
        "/api/integrations/testing/results", Map.of("applicationId", id, "attemptId",
            id + "-attempt-1", "correctAnswers", 75, "totalQuestions", 90,
            "proctoringPassed", true, "finishedAt", OffsetDateTime.now().toString()),
        Map.class);
    assertThat(test.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(status(id)).isEqualTo("AWAITING_DECISION");

    complete(taskId(id, "Activity_DecideInclusion"), Map.of(
        "decision", Map.of("value", "INCLUDE"), "decisionComment", Map.of("value", "OK")));
    Jobs.executeAllDue(managementService);
    assertThat(status(id)).isEqualTo("AWAITING_SIGNATURE");
    ResponseEntity<byte[]> contract = reviewer().getForEntity(
        "/api/applications/" + id + "/contract", byte[].class);
    assertThat(new String(contract.getBody(), 0, 5)).isEqualTo("%PDF-");

    ResponseEntity<Map> signed = rest.withBasicAuth("integration", "demo").postForEntity(
        "/api/integrations/signing/results", Map.of("applicationId", id,
            "signedAt", OffsetDateTime.now().toString()), Map.class);
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(status(id)).isEqualTo("AWAITING_REGISTRY_ENTRY");

    complete(taskId(id, "Activity_EnterIntoRegistry"), Map.of());
    assertThat(status(id)).isEqualTo("INCLUDED");
    Jobs.executeAllDue(managementService);
    List<Map<String, Object>> history = reviewerList("/api/registry/" + iin + "/history");
    assertThat(history).isNotEmpty();
    assertThat(templates(id)).contains("TEST_INVITATION", "REGISTRY_INCLUDED");
  }

  private String taskId(String applicationId, String key) {
    ResponseEntity<List> tasks = reviewer().getForEntity("/engine-rest/task"
        + "?processInstanceBusinessKey=" + applicationId + "&taskDefinitionKey=" + key,
        List.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).as(key).hasSize(1);
    return (String) ((Map<?, ?>) tasks.getBody().get(0)).get("id");
  }

  private void complete(String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response = reviewer().postForEntity("/engine-rest/task/" + taskId
        + "/complete", Map.of("variables", variables), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String status(String id) {
    return (String) reviewer().getForObject("/api/applications/" + id, Map.class).get("status");
  }

  @SuppressWarnings("unchecked")
  private List<String> templates(String id) {
    List<Map<String, Object>> list = reviewer().getForObject(
        "/api/notifications?applicationId=" + id, List.class);
    return list.stream().map(n -> (String) n.get("template")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reviewerList(String path) {
    // GET /api/registry belongs to the registry feature; checked only once it exists
    ResponseEntity<Object> response = reviewer().getForEntity(path, Object.class);
    return response.getBody() instanceof List<?> list ? (List<Map<String, Object>>) list : null;
  }

  private TestRestTemplate reviewer() {
    return rest.withBasicAuth("reviewer", "demo");
  }
}
