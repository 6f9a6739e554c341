package kz.mse.registry.intake;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.mse.registry.system.OutboundHttp;
import org.springframework.web.client.RestClient;

/**
 * R393-6.5-7, the e-government gateway adapter: {@code GET {base-url}/persons/{iin}/findings}
 * answering {@code {psychiatricRegistration, narcologyRegistration, criminalRecord}} booleans. A failure
 * (an error status, no connection, no answer within the read timeout, an answer without one
 * of the three) throws, so the document check job is retried and ends as an incident: a
 * person is never taken as clean because the gateway did not say.
 */
class HttpStateRegistries implements StateRegistries {

  record Answer(Boolean psychiatricRegistration, Boolean narcologyRegistration,
      Boolean criminalRecord) {}

  private final RestClient client;

  HttpStateRegistries(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    this.client = OutboundHttp.client(baseUrl, connectTimeout, readTimeout);
  }

  @Override
  public Set<String> findings(String iin) {
    Answer answer = client.get().uri("/persons/{iin}/findings", iin).retrieve()
        .body(Answer.class);
    if (answer == null) {
      throw new IllegalStateException("the state registries gateway answered without a body");
    }
    Set<String> codes = new LinkedHashSet<>();
    addIf(codes, "PSYCHIATRIC_REGISTRATION", "psychiatricRegistration",
        answer.psychiatricRegistration());
    addIf(codes, "NARCOLOGY_REGISTRATION", "narcologyRegistration",
        answer.narcologyRegistration());
    addIf(codes, "CRIMINAL_RECORD", "criminalRecord", answer.criminalRecord());
    return codes;
  }

  private static void addIf(Set<String> codes, String code, String field, Boolean found) {
    if (found == null) {
      throw new IllegalStateException("the state registries gateway answered without " + field);
    }
    if (found) {
      codes.add(code);
    }
  }
}
