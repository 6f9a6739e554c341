package kz.mse.registry.notification;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Twilio's SDK hard-codes its host; this client sends the SDK's request to the configured
 * {@code sms.twilio.api-base-url} instead (Twilio's own by default, a local stub in tests),
 * with our timeouts, through the JDK's HTTP client.
 */
class BaseUrlTwilioHttpClient extends HttpClient {

  private final String baseUrl;
  private final Duration readTimeout;
  private final java.net.http.HttpClient http;

  BaseUrlTwilioHttpClient(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.readTimeout = readTimeout;
    this.http = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout).build();
  }

  @Override
  public Response makeRequest(Request request) {
    URL sdkUrl = request.constructURL();
    String query = sdkUrl.getQuery() == null ? "" : "?" + sdkUrl.getQuery();
    String form = request.encodeFormBody();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + sdkUrl.getPath()
            + query))
        .timeout(readTimeout)
        .header("Accept", "application/json")
        .method(request.getMethod().toString(), form == null || form.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    if (form != null && !form.isEmpty()) {
      builder.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    }
    if (request.requiresAuthentication()) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (request.getUsername() + ":" + request.getPassword()).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = http.send(builder.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.body(), response.statusCode());
    } catch (IOException e) {
      throw new ApiConnectionException("Twilio not reachable at " + baseUrl + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("Interrupted while calling Twilio", e);
    }
  }
}
