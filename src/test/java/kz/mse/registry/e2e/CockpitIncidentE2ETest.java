package kz.mse.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import kz.mse.registry.intake.TestApplications;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import kz.mse.registry.support.TestCampaigns;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's view in Cockpit: deployed processes with their running instances, and an
 * admission whose SMS step failed into an incident, repaired and retried from the browser.
 */
@RegistryTest
class CockpitIncidentE2ETest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    Jobs.resetClock();
  }

  @Test
  void adminSeesTheIntakeCampaignProcessWithItsRunningInstances() {
    TestCampaigns.createAccepting(rest, LocalDate.now(ZoneId.of("Asia/Almaty")));
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("intake-campaign").latestVersion().singleResult().getId();
    long running = runtimeService.createProcessInstanceQuery()
        .processDefinitionId(definitionId).count();
    assertThat(running).isPositive();

    browser.login("cockpit", "admin", "demo");
    browser.await(By.xpath("//a[contains(@href,'#/processes')]"));
    browser.go("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    browser.await(By.xpath("//*[contains(text(),'Process Instances')]"));
    browser.await(By.cssSelector("a[href*='#/process-instance/']"));
    browser.screenshot("cockpit-process-definition");
  }

  /**
   * Issue scenario 4: the test-invitation SMS of a real admission fails for good at the provider
   * (the outbox already holds the provider's permanent refusal, as Twilio's 21610 "unsubscribed"
   * would leave it), the SMS job uses up its retries and becomes an incident. The admin resends
   * the notice (POST /api/notifications/{id}/retry) and then retries the job in Cockpit; the
   * admission goes on to the test window.
   */
  @Test
  void failedSmsIncidentIsShownAndRetriedFromCockpit() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String applicationId = TestApplications.submit(rest,
        TestCampaigns.createAccepting(rest, today), TestIins.next(), today);
    String instanceId = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("expert-admission").processInstanceBusinessKey(applicationId)
        .singleResult().getId();
    Jobs.executeAll(managementService, instanceId);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Activity_ReviewApplication").singleResult().getId(),
        Map.of("reviewOutcome", "ACCEPT"));
    String notificationId = providerRefusedTheInvitation(instanceId, applicationId);
    Job job = managementService.createJobQuery().processInstanceId(instanceId)
        .activityId("Activity_SendTestInvitationSms").singleResult();
    for (int attempt = 1; attempt <= 5; attempt++) { // sms.retry.cycle R5/PT6M, then incident
      assertThat(incidents(instanceId)).isZero();
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("refused for good");
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getActivityId()).isEqualTo("Activity_SendTestInvitationSms");

    browser.login("cockpit", "admin", "demo");
    browser.await(By.xpath("//a[contains(@href,'#/processes')]"));
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + instanceId
        + "/runtime?tab=incidents-tab");
    browser.await(By.xpath("//*[contains(text(),'failedJob') or contains(text(),'Failed Job')]"));
    browser.screenshot("cockpit-incident");

    assertThat(rest.withBasicAuth("admin", "demo").postForEntity(
        "/api/notifications/" + notificationId + "/retry", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    browser.awaitClickable(By.cssSelector(
        "[ng-click*='incrementIncidentRetry'], [ng-click*='Retry'], .glyphicon-repeat")).click();
    browser.awaitClickable(By.xpath(
        "//div[contains(@class,'modal')]//button[contains(normalize-space(.),'Retry')]")).click();
    browser.until(d -> managementService.createJobQuery().jobId(job.getId()).singleResult()
        .getRetries() > 0);
    browser.screenshot("cockpit-incident-retried");
    assertThat(incidents(instanceId)).isZero();

    // the job executor takes the retried job once it is due (the cycle's next interval)
    Jobs.setClock(Instant.now().plus(Duration.ofMinutes(7)));
    Jobs.executeAll(managementService, instanceId);
    assertThat(runtimeService.getActiveActivityIds(instanceId))
        .contains("Activity_AwaitTestResult");
  }

  private long incidents(String instanceId) {
    return runtimeService.createIncidentQuery().processInstanceId(instanceId).count();
  }

  private String providerRefusedTheInvitation(String instanceId, String applicationId) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql("insert into notification (id, dedupe_key, application_id, recipient, language, "
            + "template, text, segments, status, gateway, error, attempts, created_at, "
            + "updated_at) values (?, ?, ?, '+77012345678', 'kk', 'TEST_INVITATION', "
            + "'Құрметті ...', 1, 'failed', 'TWILIO', 'Twilio error 21610: unsubscribed', 1, "
            + "?, ?)")
        .params(id, instanceId + ":Activity_SendTestInvitationSms", applicationId, now, now)
        .update();
    return id;
  }
}
