package kz.mse.registry.intake;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.mse.registry.system.OutboundHttp;
import org.springframework.web.client.RestClient;

/**
 * The gateway adapter: {@code GET {base-url}/persons/{iin}/findings} answering
 * {@code {psychiatricRegistration, narcologyRegistration, criminalRecord}} booleans. A failure
 * (an error status, no connection, no answer within the read timeout) throws, so the document
 * check job is retried and ends as an incident.
 */
class HttpStateRegistries implements StateRegistries {

  record Answer(boolean psychiatricRegistration, boolean narcologyRegistration,
      boolean criminalRecord) {}

  private final RestClient client;

  HttpStateRegistries(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    this.client = OutboundHttp.client(baseUrl, connectTimeout, readTimeout);
  }

  @Override
  public Set<String> findings(String iin) {
    Answer answer = client.get().uri("/persons/{iin}/findings", iin).retrieve()
        .body(Answer.class);
    Set<String> codes = new LinkedHashSet<>();
    if (answer != null && answer.psychiatricRegistration()) {
      codes.add("PSYCHIATRIC_REGISTRATION");
    }
    if (answer != null && answer.narcologyRegistration()) {
      codes.add("NARCOLOGY_REGISTRATION");
    }
    if (answer != null && answer.criminalRecord()) {
      codes.add("CRIMINAL_RECORD");
    }
    return codes;
  }
}
