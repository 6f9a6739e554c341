package kz.mse.registry.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import kz.mse.registry.support.ProcessCoverage;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** bpmn/intake-campaign.bpmn: timers move a campaign ANNOUNCED → ACCEPTING → CLOSED (R393-4). */
@RegistryTest
class IntakeCampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired WorkingDays workingDays;
  @Autowired CampaignService campaigns;
  @Autowired TestRestTemplate rest;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset("intake-campaign");
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, "intake-campaign");
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
  void timersOpenAndCloseAcceptanceAtTheStartOfTheAnnouncedDaysInAlmaty() {
    LocalDate publishedOn = LocalDate.of(2026, 12, 1);
    LocalDate from = workingDays.deadlineDate(publishedOn, 10);
    LocalDate to = from.plusDays(14);
    Jobs.setClock(WorkingDays.startOf(publishedOn).toInstant().plusSeconds(3600));
    Map<?, ?> created = rest.withBasicAuth("reviewer", "demo").postForObject("/api/campaigns",
        TestCampaigns.body(publishedOn, from, to), Map.class);
    String id = (String) created.get("id");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(id).processDefinitionKey("intake-campaign").singleResult();

    assertThat(instance).isWaitingAt("Timer_AcceptanceOpens");
    assertThat(campaigns.get(id).status()).isEqualTo(CampaignStatus.ANNOUNCED);
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).isWaitingAt("Timer_AcceptanceOpens");

    Jobs.setClock(WorkingDays.startOf(from).toInstant());
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).hasPassed("Activity_OpenAcceptance").isWaitingAt("Timer_AcceptanceCloses");
    assertThat(campaigns.get(id).status()).isEqualTo(CampaignStatus.ACCEPTING);

    Jobs.setClock(WorkingDays.endOf(to).toInstant());
    Jobs.executeAll(managementService, instance.getId());
    assertThat(campaigns.get(id).status()).isEqualTo(CampaignStatus.ACCEPTING);

    Jobs.setClock(WorkingDays.startOf(to.plusDays(1)).toInstant());
    Jobs.executeAll(managementService, instance.getId());
    assertThat(instance).hasPassed("Activity_CloseAcceptance").isEnded();
    assertThat(campaigns.get(id).status()).isEqualTo(CampaignStatus.CLOSED);
  }
}
