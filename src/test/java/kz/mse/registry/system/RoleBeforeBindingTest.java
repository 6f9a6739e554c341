package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} endpoint that belongs to roles answers a caller without them 403 before it
 * reads the request: with a malformed body and odd path values too, never a 400 that would
 * describe our fields to a caller who may not use them.
 */
@RegistryTest
class RoleBeforeBindingTest {

  private static final String USER = "noroleuser";
  private static final String PASSWORD = "No-Role-Pass-2026!";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @BeforeEach
  void userWithoutGroups() {
    if (identityService.createUserQuery().userId(USER).count() == 0) {
      User user = identityService.newUser(USER);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  @Test
  void aCallerWithoutTheRoleGets403WhateverTheBody() throws Exception {
    List<String> checked = new ArrayList<>();
    for (ApiEndpoints endpoint : ApiEndpoints.of(mappings)) {
      if (endpoint.roles().isEmpty()) {
        continue;
      }
      String call = endpoint.verb() + " " + endpoint.path("x1");
      ResponseEntity<String> response = send(endpoint);
      assertThat(response.getStatusCode().value()).as(call + ": " + response.getBody())
          .isEqualTo(403);
      assertThat(detail(response)).as(call).isEqualTo(ProblemDetailsAdvice.FORBIDDEN_ROLE);
      checked.add(call);
    }
    // the contract's role-bound endpoints: applications, campaigns, tests, signing, registry,
    // exclusions, acts, conclusions, evaluations, notifications
    assertThat(checked).hasSizeGreaterThan(20)
        .contains("POST /api/applications", "POST /api/registry/x1/exclusions");
  }

  /** A malformed body where the verb takes one, and a query parameter of the wrong type. */
  private ResponseEntity<String> send(ApiEndpoints endpoint) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = endpoint.hasBody() ? "{\"x\":" : null;
    return rest.withBasicAuth(USER, PASSWORD).exchange(endpoint.path("x1") + "?limit=not-a-number",
        HttpMethod.valueOf(endpoint.verb().name()), new HttpEntity<>(body, headers), String.class);
  }

  private String detail(ResponseEntity<String> response) {
    try {
      JsonNode problem = json.readTree(response.getBody());
      return problem.path("detail").asText();
    } catch (Exception e) {
      throw new AssertionError("not a problem body: " + response.getBody(), e);
    }
  }
}
