package kz.mse.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's view in Cockpit: deployed processes with their running instances, and an
 * incident (a failed asynchronous step whose retries are used up) that is retried from the
 * browser.
 */
@RegistryTest
class CockpitIncidentE2ETest {

  /** Test-only model: an asynchronous step whose expression always fails. */
  static final String FAILING_PROCESS = "e2e-failing-step";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
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

  @Test
  void incidentIsShownAndRetriedFromCockpit() {
    String instanceId = startFailingInstance();
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .as("the failing step fails on every attempt").isNotNull();
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .isZero();

    browser.login("cockpit", "admin", "demo");
    browser.await(By.xpath("//a[contains(@href,'#/processes')]"));
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + instanceId
        + "/runtime?tab=incidents-tab");
    browser.await(By.xpath("//*[contains(text(),'failedJob') or contains(text(),'Failed Job')]"));
    browser.screenshot("cockpit-incident");

    browser.awaitClickable(By.cssSelector(
        "[ng-click*='incrementIncidentRetry'], [ng-click*='Retry'], .glyphicon-repeat")).click();
    browser.awaitClickable(By.xpath(
        "//div[contains(@class,'modal')]//button[contains(normalize-space(.),'Retry')]")).click();
    browser.until(d -> managementService.createJobQuery().jobId(job.getId()).singleResult()
        .getRetries() > 0);
    browser.screenshot("cockpit-incident-retried");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count())
        .isZero();
    // The shared engine must not keep a job that fails whenever another test runs all jobs.
    runtimeService.deleteProcessInstance(instanceId, "e2e test done");
  }

  private String startFailingInstance() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(FAILING_PROCESS)
        .count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(FAILING_PROCESS)
          .name("E2E failing step").camundaHistoryTimeToLive(180)
          .startEvent("Event_Started").name("Started")
          .serviceTask("Activity_Fail").name("Fail always").camundaAsyncBefore()
          .camundaExpression("${e2eNoSuchBean.run()}")
          .endEvent("Event_Never").name("Never reached")
          .done();
      repositoryService.createDeployment().name("e2e").addModelInstance(
          FAILING_PROCESS + ".bpmn", model).deploy();
    }
    return runtimeService.startProcessInstanceByKey(FAILING_PROCESS).getId();
  }
}
