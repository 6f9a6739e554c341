package kz.mse.registry.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.ProcessCoverage;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** bpmn/expert-exclusion.bpmn (R393-13, R393-14, R393-15, Appendix 6). */
@RegistryTest
class ExpertExclusionProcessTest {

  @Autowired ExclusionService exclusions;
  @Autowired RegistryService registry;
  @Autowired NotificationService notifications;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;

  @BeforeAll
  static void forgetEarlierCoverage() {
    ProcessCoverage.reset("expert-exclusion");
  }

  @AfterAll
  static void everyElementCovered(@Autowired RepositoryService repositoryService) {
    ProcessCoverage.assertComplete(repositoryService, "expert-exclusion");
  }

  private RegistryEntry expert() {
    return registry.include(new NewExpert(TestIins.next(), "Abaev", "Nurlan", null, "Almaty",
        "Oncology", List.of("C50"), "+77011234567", "a@example.kz", "kk", null,
        LocalDate.of(2024, 1, 1)));
  }

  private void runJobs(String iin) {
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(iin).list()
        .forEach(p -> Jobs.executeAll(management, p.getId()));
  }

  @ParameterizedTest
  @EnumSource(ExclusionGround.class)
  void eachGroundExcludesAndNotifies_R393_13(ExclusionGround ground) {
    RegistryEntry e = expert();

    exclusions.exclude(e.iin(), ground, "basis " + ground, null);
    runJobs(e.iin());

    RegistryEntry closed = registry.findLatest(e.iin()).orElseThrow();
    assertThat(closed.excludedOn()).isNotNull();
    assertThat(closed.exclusionGround()).isEqualTo(ground.name());
    assertThat(registry.standing(e.iin())).isEqualTo(ground == ExclusionGround.PLAN_NOT_MET
        ? RegistryService.Standing.BARRED : RegistryService.Standing.NONE);
    assertThat(notifications.forExpert(e.iin())).extracting(n -> n.template().name())
        .containsExactly("EXPERT_EXCLUDED");
  }

  @Test
  void ownRequestApproved_R393_13_3() {
    RegistryEntry e = expert();
    ResponseEntity<Map> accepted = rest.withBasicAuth("portal", "demo").postForEntity(
        "/api/experts/" + e.iin() + "/exclusion-requests",
        Map.of("reason", "Retiring", "email", "a@example.kz", "phone", "+77011234567"),
        Map.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(e.iin())
        .taskDefinitionKey("Activity_ReviewExclusionRequest").singleResult();
    assertThat(tasks.getVariables(task.getId())).containsEntry("reason", "Retiring")
        .containsEntry("phone", "+77011234567");

    tasks.complete(task.getId(), Map.of("approved", true));
    runJobs(e.iin());

    assertThat(registry.findLatest(e.iin()).orElseThrow().exclusionGround())
        .isEqualTo("OWN_APPLICATION");
    assertThat(notifications.forExpert(e.iin())).extracting(n -> n.template().name())
        .containsExactly("EXPERT_EXCLUDED");
    assertThat(notifications.forExpert(e.iin()).get(0).text())
        .as("the SMS names the ground in words").doesNotContain("Комитет");
  }

  @Test
  void ownRequestRejected_R393_15() {
    RegistryEntry e = expert();
    exclusions.requestExclusion(e.iin(), "Tired", "a@example.kz", "+77011234567");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(e.iin()).singleResult();

    tasks.complete(task.getId(), Map.of("approved", false, "rejectionReason", "Contract term"));
    runJobs(e.iin());

    assertThat(registry.findActive(e.iin())).isPresent();
    assertThat(notifications.forExpert(e.iin())).extracting(n -> n.template().name())
        .containsExactly("EXCLUSION_REQUEST_REJECTED");
    assertThat(notifications.forExpert(e.iin()).get(0).text()).contains("Contract term");
  }

  @Test
  void requestValidationAndRoles() {
    RegistryEntry e = expert();
    var portal = rest.withBasicAuth("portal", "demo");
    assertThat(portal.postForEntity("/api/experts/" + e.iin() + "/exclusion-requests",
        Map.of("reason", "x", "email", "bad", "phone", "+77011234567"), String.class)
        .getBody()).contains("email");
    assertThat(portal.postForEntity("/api/experts/" + TestIins.next() + "/exclusion-requests",
        Map.of("reason", "x", "email", "a@b.kz", "phone", "+77011234567"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("reviewer", "demo").postForEntity("/api/experts/" + e.iin()
        + "/exclusion-requests", Map.of("reason", "x", "email", "a@b.kz", "phone",
        "+77011234567"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/experts/" + e.iin() + "/exclusion-requests", Map.of(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
