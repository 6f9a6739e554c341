package kz.mse.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.exclusion.ExclusionService;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bpmn/evaluation-exclusion.bpmn: R393-13.1 (score below the threshold) and R393-13.2 (plan
 * missed more than 3 times) lead to the Committee's Activity_ConfirmExclusion.
 */
@RegistryTest
class EvaluationExclusionProcessTest {

  @Autowired RegistryService registry;
  @Autowired ManagementService managementService;
  @Autowired EvaluationRepository repository;
  @Autowired ExclusionService exclusions;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  EvaluationFixtures fixtures;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset("evaluation-exclusion");
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, "evaluation-exclusion");
  }

  @BeforeEach
  void init() {
    fixtures = new EvaluationFixtures(registry, repository, rest, managementService);
  }

  private List<Task> confirmTasks(String iin, ExclusionGround ground) {
    return taskService.createTaskQuery().processDefinitionKey("evaluation-exclusion")
        .processInstanceBusinessKey(iin + ":" + ground).taskDefinitionKey(
            "Activity_ConfirmExclusion").list();
  }

  private Map<String, Object> review(String iin) {
    return jdbc.sql("select decision, reason, ground from evaluation_exclusion_review "
        + "where expert_iin = ?").param(iin).query().singleRow();
  }

  @Test
  void r393_13_1_aScoreBelowTheThresholdIsExcludedOnceTheCommitteeConfirms() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2002, 1, 20), 10, 5);
    fixtures.run("2002-01");
    fixtures.run("2002-01");

    List<Task> tasks = confirmTasks(iin, ExclusionGround.EVALUATION_RESULT);
    assertThat(tasks).as("one open review per expert and ground").hasSize(1);
    Task task = tasks.get(0);
    assertThat(taskService.getVariable(task.getId(), "expertIin")).isEqualTo(iin);
    assertThat(taskService.getVariable(task.getId(), "ground")).isEqualTo("EVALUATION_RESULT");
    assertThat((String) taskService.getVariable(task.getId(), "evaluationTable"))
        .contains("| 1 |", "50.0", "ИТОГО");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("committee")
        .count()).isEqualTo(1);

    taskService.complete(task.getId(), Map.of("confirmExclusion", true));

    RegistryEntry entry = registry.findLatest(iin).orElseThrow();
    assertThat(entry.isExcluded()).isTrue();
    assertThat(entry.exclusionGround()).isEqualTo("EVALUATION_RESULT");
    assertThat(review(iin)).containsEntry("DECISION", "EXCLUDED");
  }

  @Test
  void exclusionsAreProposedByTheStepAfterTheEvaluationNotInsideIt() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2003, 1, 14), 10, 5);
    fixtures.post("admin", "/api/evaluations/run", Map.of("period", "2003-01"));
    assertThat(confirmTasks(iin, ExclusionGround.EVALUATION_RESULT)).isEmpty();

    fixtures.proposeExclusions();
    assertThat(confirmTasks(iin, ExclusionGround.EVALUATION_RESULT)).hasSize(1);
  }

  @Test
  void r393_13_1_theCommitteeMayDeclineButMustSayWhy() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2002, 2, 3), 10, 6);
    fixtures.run("2002-02");
    Task task = confirmTasks(iin, ExclusionGround.EVALUATION_RESULT).get(0);

    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("confirmExclusion", false))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("declineReason");
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("confirmExclusion", false, "declineReason", "x\u0007")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("plain text");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("declineReason", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("confirmExclusion");
    taskService.complete(task.getId(), Map.of("confirmExclusion", false,
        "declineReason", "Data of February were incomplete"));

    assertThat(registry.findActive(iin)).isPresent();
    assertThat(review(iin)).containsEntry("DECISION", "DECLINED")
        .containsEntry("REASON", "Data of February were incomplete");

    // R408-5 + R393-13.1: the yearly result below the threshold is proposed again.
    fixtures.run("2002");
    assertThat(confirmTasks(iin, ExclusionGround.EVALUATION_RESULT)).hasSize(1);
    assertThat(runtimeService.getVariable(confirmTasks(iin, ExclusionGround.EVALUATION_RESULT)
        .get(0).getProcessInstanceId(), "period")).isEqualTo("2002");
  }

  @Test
  void anExpertExcludedMeanwhileIsRecordedAsAlreadyExcluded() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2002, 3, 3), 4, 1);
    fixtures.run("2002-03");
    Task task = confirmTasks(iin, ExclusionGround.EVALUATION_RESULT).get(0);
    exclusions.exclude(iin, ExclusionGround.OWN_APPLICATION, "Appendix 6", null);

    taskService.complete(task.getId(), Map.of("confirmExclusion", true));

    assertThat(registry.findLatest(iin).orElseThrow().exclusionGround())
        .isEqualTo("OWN_APPLICATION");
    assertThat(review(iin)).containsEntry("DECISION", "ALREADY_EXCLUDED");
  }

  @Test
  void r393_13_1_aScoreAtTheThresholdIsNotBelowIt() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    fixtures.feed(iin, LocalDate.of(2002, 4, 3), 10, 7);
    fixtures.run("2002-04");
    assertThat(confirmTasks(iin, ExclusionGround.EVALUATION_RESULT)).isEmpty();
  }

  @Test
  void r393_13_2_moreThanThreeMissedPlansLeadToExclusionWithoutReinclusion() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    repository.savePlan(iin, 5, "test");
    for (int month = 5; month <= 7; month++) {
      fixtures.feed(iin, LocalDate.of(2002, month, 10), 1, 1);
      fixtures.run("2002-0" + month);
    }
    assertThat(repository.planFailurePeriods(iin)).containsExactly("2002-05", "2002-06",
        "2002-07");
    assertThat(confirmTasks(iin, ExclusionGround.PLAN_NOT_MET)).as("3 is not more than 3")
        .isEmpty();

    fixtures.feed(iin, LocalDate.of(2002, 8, 10), 1, 1);
    fixtures.run("2002-08");
    fixtures.run("2002-08");
    List<Task> tasks = confirmTasks(iin, ExclusionGround.PLAN_NOT_MET);
    assertThat(tasks).hasSize(1);
    assertThat((String) taskService.getVariable(tasks.get(0).getId(), "evaluationTable"))
        .contains("2002-05, 2002-06, 2002-07, 2002-08");

    taskService.complete(tasks.get(0).getId(), Map.of("confirmExclusion", true));

    RegistryEntry entry = registry.findLatest(iin).orElseThrow();
    assertThat(entry.exclusionGround()).isEqualTo("PLAN_NOT_MET");
    assertThat(entry.reinclusionBarred()).isTrue();
    assertThat(registry.standing(iin)).isEqualTo(RegistryService.Standing.BARRED);
  }

  @Test
  void r393_13_2_aMonthMeetingThePlanIsNoFailure() {
    String iin = fixtures.expert(LocalDate.of(2000, 1, 1));
    repository.savePlan(iin, 2, "test");
    fixtures.feed(iin, LocalDate.of(2002, 9, 10), 2, 2);
    fixtures.run("2002-09");
    assertThat(repository.planFailurePeriods(iin)).isEmpty();
  }
}
