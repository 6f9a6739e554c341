package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
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
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!hasRoles(method)) {
        return;
      }
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (RequestMethod verb : verbs(info)) {
          String path = pattern.replaceAll("\\{[^}]+}", "x1");
          ResponseEntity<String> response = send(verb, path);
          assertThat(response.getStatusCode().value()).as(verb + " " + path + ": "
              + response.getBody()).isEqualTo(403);
          assertThat(detail(response)).as(verb + " " + path)
              .isEqualTo(ProblemDetailsAdvice.FORBIDDEN_ROLE);
          checked.add(verb + " " + path);
        }
      }
    });
    // the contract's role-bound endpoints: applications, campaigns, tests, signing, registry,
    // exclusions, acts, conclusions, evaluations, notifications
    assertThat(checked).hasSizeGreaterThan(20)
        .contains("POST /api/applications", "POST /api/registry/x1/exclusions");
  }

  private static boolean hasRoles(HandlerMethod method) {
    return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
  }

  private static Set<RequestMethod> verbs(RequestMappingInfo info) {
    Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
    return verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs;
  }

  private ResponseEntity<String> send(RequestMethod verb, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = verb == RequestMethod.GET || verb == RequestMethod.DELETE ? null : "{\"x\":";
    return rest.withBasicAuth(USER, PASSWORD).exchange(path + "?limit=not-a-number",
        HttpMethod.valueOf(verb.name()), new HttpEntity<>(body, headers), String.class);
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
