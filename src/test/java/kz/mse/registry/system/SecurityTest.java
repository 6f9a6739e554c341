package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One identity store (the engine's) behind /api, /engine-rest, the actuator and the webapps. */
@RegistryTest
class SecurityTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  @AfterEach
  void clearEngineAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void engineRestNeedsEngineCredentials() {
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/engine",
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> admin = rest.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/engine", String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).contains("\"name\":\"default\"");
  }

  @Test
  void engineAuthorizationAppliesToEngineRest() {
    // Engine authorization is on: the portal account reads no process definitions.
    ResponseEntity<List> portal = rest.withBasicAuth("portal", "demo")
        .getForEntity("/engine-rest/process-definition", List.class);
    assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(portal.getBody()).isEmpty();
    ResponseEntity<List> admin = rest.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/process-definition", List.class);
    assertThat(admin.getBody()).isNotEmpty();
  }

  @Test
  void tasklistIsServedAndTheAppRootRedirectsToIt() {
    ResponseEntity<String> tasklist =
        rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).containsIgnoringCase("tasklist");
    assertThat(rest.getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theWebappsRootRedirectsToTheirLogin() {
    ResponseEntity<String> root = rest.getForEntity("/camunda/app/", String.class);
    assertThat(root.getStatusCode().is3xxRedirection() || root.getStatusCode().is2xxSuccessful())
        .isTrue();
    assertThat(rest.getForEntity("/", String.class).getStatusCode().isError()).isFalse();
  }

  @Test
  void webappLoginUsesTheSameIdentityStore() {
    ResponseEntity<String> welcome = rest.getForEntity("/camunda/app/welcome/default/",
        String.class);
    assertThat(welcome.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> badLogin = rest.postForEntity(
        "/camunda/api/admin/auth/user/default/login/tasklist?username=reviewer&password=nope",
        null, String.class);
    assertThat(badLogin.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void healthIsPublicOtherActuatorEndpointsNeedAnAdmin() {
    ResponseEntity<Map> health = rest.getForEntity("/actuator/health", Map.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).containsEntry("status", "UP");
    assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/actuator/metrics",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/metrics",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> details = rest.withBasicAuth("admin", "demo")
        .getForEntity("/actuator/health", Map.class);
    assertThat((Map<String, Object>) details.getBody().get("components"))
        .containsKeys("db", "processEngine");
  }

  @Test
  void committeeSeesItsTasklistFilters() {
    identityService.setAuthentication("reviewer", List.of("committee"));
    List<String> names = filterService.createFilterQuery().list().stream()
        .map(Filter::getName).toList();
    assertThat(names).contains(CommitteeWorkspace.ALL_TASKS, CommitteeWorkspace.DUE_OR_OVERDUE,
        CommitteeWorkspace.APPLICATIONS_TO_REVIEW);
    identityService.setAuthentication("portal", List.of("portal"));
    assertThat(filterService.createFilterQuery().count()).isZero();
  }

  @Test
  void committeeFiltersAreReadableThroughEngineRest() {
    ResponseEntity<List> filters = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/engine-rest/filter?resourceType=Task", List.class);
    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(filters.getBody()).hasSize(3);
  }
}
