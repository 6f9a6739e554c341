package kz.mse.registry.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.mse.registry.support.TestCampaigns;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Application bodies for POST /api/applications and a shortcut that submits one. */
public final class TestApplications {

  public static final String PDF_BASE64 = Base64.getEncoder().encodeToString(
      "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

  private TestApplications() {}

  /** A complete, valid application (R393-5 set, valid until next year). */
  public static Map<String, Object> body(String campaignId, String iin, LocalDate today) {
    Map<String, Object> body = new HashMap<>();
    body.put("campaignId", campaignId);
    body.put("iin", iin);
    body.put("lastName", "Сапарова");
    body.put("firstName", "Айгүл");
    body.put("patronymic", "Нурлановна");
    body.put("residence", "Astana, Kabanbay batyr 11");
    body.put("phone", "8 701 234 56 78");
    body.put("email", "aigul@example.kz");
    body.put("language", "kk");
    body.put("specialtyProfile", TestCampaigns.SPECIALTY);
    body.put("nosologies", List.of("C50.9"));
    body.put("consentToPersonalData", true);
    body.put("msePracticeYears", 2);
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String type : List.of("DIPLOMA", "EXPERIENCE", "CLINICAL_CERTIFICATE", "MSE_TRAINING",
        "MAB_SCREENSHOT", "IDENTITY")) {
      Map<String, Object> d = new HashMap<>();
      d.put("type", type);
      d.put("number", type.substring(0, 3) + "-001");
      d.put("issuedOn", today.minusYears(1).toString());
      d.put("validUntil", today.plusYears(1).toString());
      d.put("fileName", type.toLowerCase() + ".pdf");
      d.put("contentBase64", PDF_BASE64);
      documents.add(d);
    }
    body.put("documents", documents);
    return body;
  }

  @SuppressWarnings("unchecked")
  public static String submit(TestRestTemplate rest, String campaignId, String iin,
      LocalDate today) {
    ResponseEntity<Map> response = rest.withBasicAuth("portal", "demo")
        .postForEntity("/api/applications", body(campaignId, iin, today), Map.class);
    if (response.getStatusCode() != HttpStatus.CREATED) {
      throw new IllegalStateException("application not created: " + response);
    }
    return (String) response.getBody().get("id");
  }
}
