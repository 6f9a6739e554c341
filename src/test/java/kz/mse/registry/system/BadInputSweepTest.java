package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} endpoint, called by a user of its role with nonsense (path
 * values that name nothing, a query parameter of the wrong type, a body that is not even
 * JSON): a 4xx RFC 9457 problem or, where the nonsense is ignored, a normal answer; never a
 * 500. The endpoints' own tests check the exact answers; this one keeps new endpoints honest.
 */
@RegistryTest
class BadInputSweepTest {

  /** The demo user of each role (DemoUsers). */
  private static final Map<String, String> USER_OF_ROLE = Map.of("committee", "reviewer",
      "portal", "portal", "integration", "integration", "camunda-admin", "admin");
  private static final Pattern ROLE = Pattern.compile("'([a-z-]+)'");
  private static final List<String> BODIES = List.of("{\"x\":", "[]", "\"\u0000\"", "{}");
  /** Path values: nothing, too long, a valid IIN nobody has, not a month, not ASCII, overflow. */
  private static final List<String> PATH_VALUES = List.of("x1", "x".repeat(300),
      "880813351988", "2026-13", "ä%20b", "-1", "99999999999999999999");

  @Autowired TestRestTemplate rest;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void nonsenseIsNeverA500AndEveryErrorIsAProblem() {
    Set<String> checked = new TreeSet<>();
    for (ApiEndpoints endpoint : ApiEndpoints.of(mappings)) {
      String user = endpoint.roles().map(BadInputSweepTest::userOf).orElse("portal");
      for (String value : PATH_VALUES) {
        for (String body : endpoint.hasBody() ? BODIES : List.of("")) {
          expectNoServerError(user, endpoint.verb(), endpoint.path(value), body);
        }
      }
      checked.add(endpoint.verb() + " " + endpoint.path("x1"));
    }
    assertThat(checked).hasSizeGreaterThan(20).contains("POST /api/applications",
        "POST /api/acts", "POST /api/conclusions", "GET /api/calendar/working-days");
  }

  private void expectNoServerError(String user, RequestMethod verb, String path, String body) {
    ResponseEntity<String> response = send(user, verb, path, body);
    String call = user + " " + verb + " " + path + " " + body + " -> "
        + response.getStatusCode() + " " + response.getBody();
    assertThat(response.getStatusCode().is5xxServerError()).as(call).isFalse();
    if (response.getStatusCode().isError()) {
      assertThat(response.getHeaders().getContentType()).as(call)
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  /** The demo user of the first role a {@code @PreAuthorize} expression names. */
  private static String userOf(String roles) {
    Matcher role = ROLE.matcher(roles);
    return role.find() ? USER_OF_ROLE.get(role.group(1)) : "portal";
  }

  private ResponseEntity<String> send(String user, RequestMethod verb, String path,
      String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path + "?limit=not-a-number&from=x",
        HttpMethod.valueOf(verb.name()), new HttpEntity<>(body.isEmpty() ? null : body, headers),
        String.class);
  }
}
