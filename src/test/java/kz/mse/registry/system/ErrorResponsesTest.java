package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Errors raised before any controller is chosen (no such path, a method the path does not take,
 * a URL or a form the firewall rejects) carry the same RFC 9457 body as the API's own errors,
 * never a 500. Sent raw (java.net.http) so that no client normalises the URL first.
 */
@RegistryTest
class ErrorResponsesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @Test
  void anUnmappedApiPathIsAProblem404() throws Exception {
    JsonNode problem = problem(send("GET", "/api/no-such-thing", null, null), 404);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/no-such-thing");
  }

  @Test
  void aMethodThePathDoesNotTakeIsAProblem405() throws Exception {
    problem(send("DELETE", "/api/campaigns", null, null), 405);
  }

  @Test
  void aUrlTheFirewallRejectsIsAProblem400() throws Exception {
    for (String path : new String[] {"/api//applications", "/api/applications;jsessionid=1",
        "/api/applications/%2e%2e/campaigns"}) {
      JsonNode problem = problem(send("GET", path, null, null), 400);
      assertThat(problem.path("detail").asText()).as(path).contains("not allowed");
    }
  }

  @Test
  void aPathTomcatRejectsBeforeTheApplicationIsAProblem400NotHtml() throws Exception {
    for (String path : new String[] {"/api/applications/%00", "/api/applications/a%2Fb"}) {
      JsonNode problem = problem(send("GET", path, null, null), 400);
      assertThat(problem.path("detail").asText()).as(path).contains("not allowed");
      assertThat(problem.path("instance").asText()).as(path).isEqualTo(path);
      assertThat(problem.path("title").asText()).as(path).isEqualTo("Bad Request");
    }
  }

  @Test
  void aFormBodyWithAParameterNameTheFirewallRejectsIsAProblem400NotA500() throws Exception {
    HttpResponse<String> response = send("portal:demo", "POST", "/api/applications",
        "application/x-www-form-urlencoded", "{\"iin\":\"\u0000\"}");
    assertThat(problem(response, 400).path("detail").asText()).contains("not allowed");
  }

  @Test
  void aControlCharacterInAQueryParameterIsAProblem400() throws Exception {
    JsonNode problem = problem(send("GET", "/api/notifications/failed?limit=1%00", null,
        null), 400);
    assertThat(problem.path("detail").asText()).contains("not allowed");
  }

  @Test
  void noCredentialsIsAProblem401AskingForBasic() throws Exception {
    HttpResponse<String> response = send(null, "GET", "/api/notifications/failed", null, null);
    JsonNode problem = problem(response, 401);
    assertThat(problem.path("detail").asText()).isEqualTo(ProblemDetailsAdvice.UNAUTHENTICATED);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/notifications/failed");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
        "Basic realm=\"mse-registry\"");
  }

  @Test
  void aRoleTheEndpointIsNotForIsAProblem403() throws Exception {
    // POST /api/applications is the portal's (API.md); admin may not submit for a candidate.
    JsonNode problem = problem(send("POST", "/api/applications", "application/json", "{}"), 403);
    assertThat(problem.path("detail").asText()).isEqualTo(ProblemDetailsAdvice.FORBIDDEN_ROLE);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/applications");
  }

  private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    return problem;
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body)
      throws Exception {
    return send("admin:demo", method, path, contentType, body);
  }

  /** {@code credentials} "user:password", or null for none. */
  private HttpResponse<String> send(String credentials, String method, String path,
      String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
