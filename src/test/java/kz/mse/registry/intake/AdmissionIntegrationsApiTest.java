package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input, wrong stage and roles of the testing and signing integrations (R393-9, R393-10). */
@RegistryTest
class AdmissionIntegrationsApiTest {

  static final String TESTING = "/api/integrations/testing/results";
  static final String SIGNING = "/api/integrations/signing/results";

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;

  String applicationId;

  @BeforeEach
  void underReview() {
    String campaignId = TestCampaigns.createAccepting(rest, workingDays.today());
    applicationId = TestApplications.submit(rest, campaignId, TestIins.next(),
        workingDays.today());
  }

  @Test
  void testResult_badInput_namesTheField() {
    rejected(TESTING, testResult(b -> b.remove("attemptId")), "attemptId");
    rejected(TESTING, testResult(b -> b.put("correctAnswers", -1)), "correctAnswers");
    rejected(TESTING, testResult(b -> b.put("totalQuestions", 0)), "totalQuestions");
    rejected(TESTING, testResult(b -> b.put("correctAnswers", 91)), "correctAnswers");
    rejected(TESTING, testResult(b -> b.remove("proctoringPassed")), "proctoringPassed");
    rejected(TESTING, testResult(b -> b.put("finishedAt", "yesterday")), "finishedAt");
    // a moment is an ISO-8601 string: no epoch seconds, no [y, m, d, h, min] array
    rejected(TESTING, testResult(b -> b.put("finishedAt", 1796279331)), "finishedAt");
    rejected(TESTING, testResult(b -> b.put("finishedAt", "1796279331")), "finishedAt");
    rejected(TESTING, testResult(b -> b.put("finishedAt", List.of(2026, 12, 1, 10, 0))),
        "finishedAt");
    assertThat(malformed(TESTING).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(attempts()).isZero();
  }

  @Test
  void testResult_beforeTheInvitation_409_unknownApplication_404() {
    assertThat(integration().postForEntity(TESTING, testResult(b -> {}), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(integration().postForEntity(TESTING,
        testResult(b -> b.put("applicationId", "nope")), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(attempts()).isZero();
  }

  @Test
  void testResult_rolesAndCredentials() {
    assertThat(rest.withBasicAuth("reviewer", "demo").postForEntity(TESTING,
        testResult(b -> {}), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity(TESTING, testResult(b -> {}), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void signing_badInput_wrongStage_roles() {
    rejected(SIGNING, Map.of("applicationId", applicationId), "signedAt");
    rejected(SIGNING, Map.of("signedAt", now()), "applicationId");
    rejected(SIGNING, Map.of("applicationId", applicationId, "signedAt", 1796279331.5),
        "signedAt");
    assertThat(malformed(SIGNING).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, Object> ok = Map.of("applicationId", applicationId, "signedAt", now());
    assertThat(integration().postForEntity(SIGNING, ok, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(integration().postForEntity(SIGNING,
        Map.of("applicationId", "nope", "signedAt", now()), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("portal", "demo").postForEntity(SIGNING, ok, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity(SIGNING, ok, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void contractDownload_404BeforeDrafting_andRoles() {
    assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity(
        "/api/applications/" + applicationId + "/contract", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("portal", "demo").getForEntity(
        "/api/applications/" + applicationId + "/contract", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @SuppressWarnings("unchecked")
  private void rejected(String path, Object body, String field) {
    ResponseEntity<Map> response = integration().postForEntity(path, body, Map.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Object> fields = ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(e -> e.get("field")).toList();
    assertThat(fields).contains(field);
  }

  private ResponseEntity<Map> malformed(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return integration().postForEntity(path, new HttpEntity<>("{\"applicationId\":", headers),
        Map.class);
  }

  private Map<String, Object> testResult(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new HashMap<>();
    body.put("applicationId", applicationId);
    body.put("attemptId", applicationId + "-1");
    body.put("correctAnswers", 70);
    body.put("totalQuestions", 90);
    body.put("proctoringPassed", true);
    body.put("finishedAt", now());
    change.accept(body);
    return body;
  }

  private long attempts() {
    return jdbc.sql("select count(*) from test_attempt where application_id = ?")
        .param(applicationId).query(Long.class).single();
  }

  private static String now() {
    return OffsetDateTime.now(WorkingDays.ALMATY).toString();
  }

  private TestRestTemplate integration() {
    return rest.withBasicAuth("integration", "demo");
  }
}
