package kz.mse.registry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logs in to Camunda Tasklist the way its login page does (the XSRF token of a first page
 * view, then the form POST) and returns the session cookie, for requests "from the browser".
 */
public final class WebappLogin {

  private WebappLogin() {}

  /** The Cookie header of a Tasklist session of the user. */
  public static String sessionCookie(TestRestTemplate rest, String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = cookies(page.getHeaders(), Map.of());
    HttpHeaders headers = headers(cookieHeader(cookies));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = rest.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    if (login.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException("Tasklist login of " + user + ": " + login.getStatusCode()
          + " " + login.getBody());
    }
    // the login starts a new session (session fixation protection): keep its cookie
    return cookieHeader(cookies(login.getHeaders(), cookies));
  }

  /** Headers that carry the given Cookie header. */
  public static HttpHeaders headers(String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cookie);
    return headers;
  }

  private static Map<String, String> cookies(HttpHeaders response, Map<String, String> before) {
    Map<String, String> cookies = new java.util.LinkedHashMap<>(before);
    List<String> set = response.getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String cookie : new ArrayList<>(set)) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return cookies;
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
