package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.mse.registry.intake.TestApplications;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The engine's history cleanup runs every night (01:00–05:00 server time) and removes the
 * history of instances ended more than 180 days ago (historyTimeToLive): without the window it
 * would never run and the history (names, IINs, review sheets) would be kept forever.
 */
@RegistryTest
class HistoryCleanupTest {

  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    Jobs.resetClock();
  }

  @Test
  void theCleanupIsScheduledInTheNightWindow() {
    List<Job> cleanup = historyService.findHistoryCleanupJobs();
    assertThat(cleanup).isNotEmpty();
    LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault())
        .toLocalTime();
    assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
  }

  @Test
  void theHistoryOfAnAdmissionEndedMoreThan180DaysAgoIsRemoved() {
    String instance = refusedAdmission();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .finished().count()).isOne();

    Jobs.setClock(Instant.now().plus(Duration.ofDays(179)));
    runCleanup();
    assertThat(historyOf(instance)).as("kept for 180 days").isOne();

    Jobs.setClock(Instant.now().plus(Duration.ofDays(181)));
    runCleanup();
    assertThat(historyOf(instance)).as("removed after 180 days").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .count()).isZero();
  }

  /** An application refused at review: the shortest admission that ends. */
  private String refusedAdmission() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String id = TestApplications.submit(rest, TestCampaigns.createAccepting(rest, today),
        TestIins.next(), today);
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(id).singleResult().getId();
    Jobs.executeAll(managementService, instance);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("reviewOutcome", "REFUSE",
            "refusalReasons", List.of("DIPLOMA_MISSING")));
    Jobs.executeAll(managementService, instance);
    return instance;
  }

  /** What the job executor does in the window: the cleanup job until it finds nothing more. */
  private void runCleanup() {
    Job job = historyService.cleanUpHistoryAsync(true);
    for (int run = 0; run < 50; run++) {
      long before = historyService.createHistoricProcessInstanceQuery().count();
      managementService.executeJob(job.getId());
      if (historyService.createHistoricProcessInstanceQuery().count() == before) {
        return;
      }
    }
  }

  private long historyOf(String instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .count();
  }
}
