package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.TwilioStub;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admission against its external systems over HTTP, each a local stub: SMS through Twilio
 * ({@code sms.twilio.*}), the e-government gateway ({@code registry.state-registries.base-url})
 * and the EDS signing service ({@code registry.signing.base-url}). The one test class with its
 * own application context, because the adapters are chosen at startup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdmissionExternalSystemsTest {

  static final TwilioStub TWILIO = start();
  static final ExternalSystemsStub SYSTEMS = new ExternalSystemsStub();

  @DynamicPropertySource
  static void twilio(DynamicPropertyRegistry registry) {
    registry.add("sms.twilio.account-sid", () -> "AC00000000000000000000000000000001");
    registry.add("sms.twilio.auth-token", () -> "stub-token");
    registry.add("sms.twilio.from", () -> "+15005550006");
    registry.add("sms.twilio.api-base-url", TWILIO::baseUrl);
    registry.add("registry.state-registries.base-url", SYSTEMS::baseUrl);
    registry.add("registry.signing.base-url", SYSTEMS::baseUrl);
    registry.add("registry.state-registries.read-timeout", () -> "2s");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired WorkingDays workingDays;
  @Autowired NotificationService notifications;

  @Autowired JdbcClient jdbc;

  @AfterAll
  static void stop() {
    TWILIO.close();
    SYSTEMS.close();
  }

  @AfterEach
  void resetClockAndStubs() {
    Jobs.resetClock();
    SYSTEMS.reset();
  }

  @Test
  void invitationAndRefusalAfterTwoFailedTestsGoThroughTwilio_R393_7_R393_9() {
    String id = submit(TestIins.next());
    String instance = instanceOf(id);
    Jobs.executeAll(managementService, instance);
    taskService.complete(task(instance, "Activity_ReviewApplication"),
        Map.of("reviewOutcome", "ACCEPT"));
    Jobs.executeAll(managementService, instance);
    for (int attempt = 1; attempt <= 2; attempt++) {
      rest.withBasicAuth("integration", "demo").postForEntity(
          "/api/integrations/testing/results", Map.of("applicationId", id, "attemptId",
              id + "-" + attempt, "correctAnswers", 62, "totalQuestions", 90,
              "proctoringPassed", true, "finishedAt", OffsetDateTime.now().toString()),
          Map.class);
      Jobs.executeAll(managementService, instance);
    }

    List<String> bodies = TWILIO.received.stream()
        .filter(r -> notifications.forApplication(id).stream()
            .anyMatch(n -> r.form().get("Body").equals(n.text())))
        .map(r -> r.form().get("Body")).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).contains("skills.enbek.kz");
    assertThat(bodies.get(1)).contains("тестілеудің теріс нәтижесі");
    assertThat(TWILIO.received).allSatisfy(r -> assertThat(r.form())
        .containsEntry("To", "+77012345678").containsEntry("From", "+15005550006"));
    assertThat(notifications.forApplication(id)).allSatisfy(n -> {
      assertThat(n.gateway()).isEqualTo("TWILIO");
      assertThat(n.providerId()).startsWith("SM");
    });
  }

  @Test
  void theDocumentCheckAsksTheGatewayAndTheReviewerSeesItsFindings_R393_6_R393_7_1() {
    String iin = TestIins.next();
    String instance = submitWithGatewayAnswer(iin, "{\"psychiatricRegistration\":false,"
        + "\"narcologyRegistration\":true,\"criminalRecord\":true}");

    Jobs.executeAll(managementService, instance);

    assertThat(SYSTEMS.findingsAsked).contains(iin);
    assertThat((String) taskService.getVariable(task(instance, "Activity_ReviewApplication"),
        "reviewSheet")).contains("NARCOLOGY_REGISTRATION").contains("CRIMINAL_RECORD")
        .doesNotContain("PSYCHIATRIC_REGISTRATION");
  }

  @Test
  void aGatewayOutageRetriesTheCheckEveryTenMinutesThenStopsAsAnIncident_R393_6() {
    String instance = instanceOf(submit(TestIins.next()));
    SYSTEMS.gatewayFailuresLeft.set(100);
    int asked = SYSTEMS.findingsAsked.size();
    Instant now = Instant.now();
    for (int attempt = 1; attempt <= 5; attempt++) {
      Instant at = now.plus(Duration.ofMinutes(11L * attempt));
      Jobs.setClock(at);
      Job job = managementService.createJobQuery().processInstanceId(instance).executable()
          .singleResult();
      assertThatThrownBy(() -> Jobs.executeOnce(managementService, job))
          .hasMessageContaining("503");
      Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(failed.getRetries()).isEqualTo(5 - attempt);
      if (attempt < 5) { // R5/PT10M: the next try ten minutes later
        assertThat(failed.getDuedate().toInstant())
            .isEqualTo(at.plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS));
      }
    }
    assertThat(SYSTEMS.findingsAsked).hasSize(asked + 5);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance)
        .singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Activity_CheckDocuments");
    assertThat(incident.getIncidentMessage()).contains("503");

    // the admin's repair in Cockpit once the gateway answers again: one more retry
    SYSTEMS.gatewayFailuresLeft.set(0);
    managementService.setJobRetries(incident.getConfiguration(), 1);
    Jobs.setClock(now.plus(Duration.ofMinutes(70))); // once due, the job executor takes it
    Jobs.executeAll(managementService, instance);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(task(instance, "Activity_ReviewApplication")).isNotNull();
  }

  @Test
  void aGatewayAnswerMissingARegistryFailsTheCheckInsteadOfPassingIt_R393_6() {
    String instance = submitWithGatewayAnswer(TestIins.next(),
        "{\"psychiatricRegistration\":false,\"narcologyRegistration\":false}");
    Job job = managementService.createJobQuery().processInstanceId(instance).executable()
        .singleResult();

    assertThatThrownBy(() -> Jobs.executeOnce(managementService, job))
        .hasMessageContaining("without criminalRecord");
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult()
        .getRetries()).isEqualTo(4);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count())
        .as("not handed to the review as clean").isZero();
  }

  @Test
  void aGatewayThatNeverAnswersFailsTheCheckAtTheReadTimeoutAndIsRetried_R393_6() {
    String instance = instanceOf(submit(TestIins.next()));
    SYSTEMS.hangGateway();
    Job job = managementService.createJobQuery().processInstanceId(instance).executable()
        .singleResult();

    assertThatThrownBy(() -> Jobs.executeOnce(managementService, job))
        .hasRootCauseInstanceOf(HttpTimeoutException.class); // after the 2 s read timeout
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult()
        .getRetries()).isEqualTo(4);
  }

  @Test
  void theContractGoesToTheSigningServiceIsRetriedAndARedraftReplacesIt_R393_10() {
    String iin = TestIins.next();
    String id = submit(iin);
    String instance = instanceOf(id);
    toTheContract(id, instance);
    SYSTEMS.signingFailuresLeft.set(1);
    int before = SYSTEMS.signingRequests.size();

    Job draft = managementService.createJobQuery().processInstanceId(instance).executable()
        .singleResult();
    assertThatThrownBy(() -> Jobs.executeOnce(managementService, draft))
        .hasMessageContaining("503");
    assertThat(contracts(id)).as("rolled back with the failed job").isZero();
    Jobs.setClock(Instant.now().plus(Duration.ofMinutes(11)));
    Jobs.executeAll(managementService, instance);

    List<JsonNode> sent = SYSTEMS.signingRequests.subList(before, SYSTEMS.signingRequests.size());
    assertThat(sent).hasSize(2).allSatisfy(request -> {
      assertThat(request.get("applicationId").asText()).isEqualTo(id);
      assertThat(request.get("iin").asText()).isEqualTo(iin);
      assertThat(new String(Base64.getDecoder().decode(request.get("documentBase64").asText()),
          StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    });
    assertThat(contracts(id)).isOne();
    assertThat(application(id).get("status")).isEqualTo("AWAITING_SIGNATURE");
    assertThat(contractPdf(id)).startsWith("%PDF".getBytes(StandardCharsets.ISO_8859_1));

    // an admin moves the instance back before the draft in Cockpit (e.g. a corrected tariff)
    Instant redraftedAt = Instant.now().plus(Duration.ofMinutes(30));
    Jobs.setClock(redraftedAt);
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity("Activity_AwaitSignature")
        .startBeforeActivity("Activity_GenerateContract").execute();
    Jobs.executeAll(managementService, instance);

    assertThat(SYSTEMS.signingRequests).hasSize(before + 3);
    assertThat(contracts(id)).as("the redraft replaces the stored contract").isOne();
    assertThat(jdbc.sql("select created_at from contract where application_id = ?").param(id)
        .query(OffsetDateTime.class).single().toInstant())
        .isEqualTo(redraftedAt.truncatedTo(ChronoUnit.MILLIS));
    assertThat(runtimeService.createExecutionQuery().processInstanceId(instance)
        .activityId("Activity_AwaitSignature").count()).isOne();
  }

  /** Submits for {@code iin}, the gateway to answer {@code findings} for it; the instance id. */
  private String submitWithGatewayAnswer(String iin, String findings) {
    SYSTEMS.findings.put(iin, findings);
    return instanceOf(submit(iin));
  }

  private void toTheContract(String id, String instance) {
    Jobs.executeAll(managementService, instance);
    taskService.complete(task(instance, "Activity_ReviewApplication"),
        Map.of("reviewOutcome", "ACCEPT"));
    Jobs.executeAll(managementService, instance);
    assertThat(rest.withBasicAuth("integration", "demo").postForEntity(
        "/api/integrations/testing/results", Map.of("applicationId", id, "attemptId", id + "-1",
            "correctAnswers", 80, "totalQuestions", 90, "proctoringPassed", true,
            "finishedAt", OffsetDateTime.now().toString()), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    Jobs.executeAll(managementService, instance);
    taskService.complete(task(instance, "Activity_DecideInclusion"),
        Map.of("decision", "INCLUDE", "decisionComment", "meets every requirement"));
  }

  private String submit(String iin) {
    return TestApplications.submit(rest,
        TestCampaigns.createAccepting(rest, workingDays.today()), iin, workingDays.today());
  }

  private String instanceOf(String applicationId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("expert-admission")
        .processInstanceBusinessKey(applicationId).singleResult().getId();
  }

  private String task(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult().getId();
  }

  private long contracts(String applicationId) {
    return jdbc.sql("select count(*) from contract where application_id = ?")
        .param(applicationId).query(Long.class).single();
  }

  private byte[] contractPdf(String applicationId) {
    return rest.withBasicAuth("reviewer", "demo").getForObject(
        "/api/applications/" + applicationId + "/contract", byte[].class);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> application(String applicationId) {
    return rest.withBasicAuth("reviewer", "demo").getForObject(
        "/api/applications/" + applicationId, Map.class);
  }

  private static TwilioStub start() {
    try {
      return new TwilioStub();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
