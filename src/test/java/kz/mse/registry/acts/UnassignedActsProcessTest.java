package kz.mse.registry.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** bpmn/unassigned-acts.bpmn: acts nobody could take reach the Committee (R393-14). */
@RegistryTest
class UnassignedActsProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired ActService acts;
  @Autowired RegistryService registry;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset(UnassignedActsReview.PROCESS_KEY);
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, UnassignedActsReview.PROCESS_KEY);
  }

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    // Acts other tests left unassigned are not this test's business.
    jdbc.sql("update mse_act set status = 'DECIDED' where status = 'UNASSIGNED'").update();
    runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(UnassignedActsReview.PROCESS_KEY).list()
        .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "test isolation"));
  }

  @Test
  void theCommitteeGetsOneTaskUntilEveryActFoundAnExpert_R393_14() {
    String code = "Y" + ThreadLocalRandom.current().nextInt(10, 99) + "."
        + ThreadLocalRandom.current().nextInt(10, 99);
    ActService.Act act = acts.receive("act-" + System.nanoTime(), code, null);
    acts.receive("act-" + System.nanoTime(), code, null);
    assertThat(act.status()).isEqualTo("UNASSIGNED");
    ProcessInstance review = openReview();
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(UnassignedActsReview.PROCESS_KEY).count()).isEqualTo(1);

    Jobs.executeAll(managementService, review.getId());
    assertThat(review).isWaitingAt("Activity_ResolveUnassignedActs")
        .variables().containsEntry("unassignedActs", 2);
    assertThat((String) runtimeService.getVariable(review.getId(), "unassignedActsMarkdown"))
        .contains(act.actId(), code);

    taskService.complete(task(review).getId());
    Jobs.executeAll(managementService, review.getId());
    assertThat(review).hasPassed("Gateway_AllAssigned")
        .isWaitingAt("Activity_ResolveUnassignedActs");

    String iin = TestIins.next();
    registry.include(new NewExpert(iin, "Жұмабаев", "Ерлан", null, "Astana", "Therapy",
        List.of(code.substring(0, 3)), "+77011234567", "e@example.kz", "kk", null,
        LocalDate.of(2020, 1, 1)));
    taskService.complete(task(review).getId());

    assertThat(review).hasPassed("Event_AllActsAssigned").isEnded();
    assertThat(acts.find(act.actId()).orElseThrow().expertIin()).isEqualTo(iin);
    assertThat(acts.unassigned()).isEmpty();
  }

  private ProcessInstance openReview() {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(UnassignedActsReview.PROCESS_KEY).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
