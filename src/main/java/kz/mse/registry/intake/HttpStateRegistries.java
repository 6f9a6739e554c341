package kz.mse.registry.intake;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.client.RestClient;

/**
 * The gateway adapter: {@code GET {base-url}/persons/{iin}/findings} answering
 * {@code {psychiatricRegistration, narcologyRegistration, criminalRecord}} booleans. A failure
 * throws, so the document check job is retried and ends as an incident.
 */
class HttpStateRegistries implements StateRegistries {

  record Answer(boolean psychiatricRegistration, boolean narcologyRegistration,
      boolean criminalRecord) {}

  private final RestClient client;

  HttpStateRegistries(String baseUrl) {
    this.client = RestClient.builder().baseUrl(baseUrl).build();
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
