package kz.mse.registry.contract;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import kz.mse.registry.system.OutboundHttp;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code POST {base-url}/signing-requests {applicationId, iin, documentBase64}}; a failure (an
 * error status, no connection, no answer within the read timeout) throws, so the contract job
 * is retried and finally becomes an incident.
 */
class HttpEdsSigning implements EdsSigning {

  private final RestClient client;

  HttpEdsSigning(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    this.client = OutboundHttp.client(baseUrl, connectTimeout, readTimeout);
  }

  @Override
  public void requestSignature(String applicationId, String iin, byte[] contractPdf) {
    client.post().uri("/signing-requests").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("applicationId", applicationId, "iin", iin,
            "documentBase64", Base64.getEncoder().encodeToString(contractPdf)))
        .retrieve().toBodilessEntity();
  }
}
