package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code sms.twilio.*} set (here: a local stub), the admission's SMS go through the Twilio
 * gateway. The one test with its own application context, because the gateway is chosen at
 * startup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdmissionSmsThroughTwilioTest {

  static final TwilioStub TWILIO = start();

  @DynamicPropertySource
  static void twilio(DynamicPropertyRegistry registry) {
    registry.add("sms.twilio.account-sid", () -> "AC00000000000000000000000000000001");
    registry.add("sms.twilio.auth-token", () -> "stub-token");
    registry.add("sms.twilio.from", () -> "+15005550006");
    registry.add("sms.twilio.api-base-url", TWILIO::baseUrl);
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired WorkingDays workingDays;
  @Autowired NotificationService notifications;

  @AfterAll
  static void stop() {
    TWILIO.close();
  }

  @Test
  void invitationAndRefusalAfterTwoFailedTestsGoThroughTwilio_R393_7_R393_9() {
    String id = TestApplications.submit(rest,
        TestCampaigns.createAccepting(rest, workingDays.today()), TestIins.next(),
        workingDays.today());
    String instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("expert-admission").processInstanceBusinessKey(id)
        .singleResult().getId();
    Jobs.executeAll(managementService, instance);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Activity_ReviewApplication").singleResult().getId(),
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

    List<String> bodies = TWILIO.received.stream().map(r -> r.form().get("Body")).toList();
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

  private static TwilioStub start() {
    try {
      return new TwilioStub();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
