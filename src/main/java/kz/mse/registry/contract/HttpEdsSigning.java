package kz.mse.registry.contract;

import java.util.Base64;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code POST {base-url}/signing-requests {applicationId, iin, documentBase64}}; a failure
 * throws, so the contract job is retried and finally becomes an incident.
 */
class HttpEdsSigning implements EdsSigning {

  private final RestClient client;

  HttpEdsSigning(String baseUrl) {
    this.client = RestClient.builder().baseUrl(baseUrl).build();
  }

  @Override
  public void requestSignature(String applicationId, String iin, byte[] contractPdf) {
    client.post().uri("/signing-requests").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("applicationId", applicationId, "iin", iin,
            "documentBase64", Base64.getEncoder().encodeToString(contractPdf)))
        .retrieve().toBodilessEntity();
  }
}
