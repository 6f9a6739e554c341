package kz.mse.registry.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Campaign (announcement) bodies and a shortcut that creates one through the API. */
public final class TestCampaigns {

  public static final String SPECIALTY = "Oncology";
  public static final List<String> NOSOLOGIES = List.of("C50", "C34.1");

  private TestCampaigns() {}

  /** A valid body: published long ago, so it is ACCEPTING from {@code acceptanceFrom}. */
  public static Map<String, Object> body(LocalDate publishedOn, LocalDate acceptanceFrom,
      LocalDate acceptanceTo) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Independent MSE experts, oncology");
    body.put("publishedOn", publishedOn.toString());
    body.put("acceptanceFrom", acceptanceFrom.toString());
    body.put("acceptanceTo", acceptanceTo.toString());
    body.put("organization", Map.of(
        "name", "Committee for Regulation and Control in Social Protection",
        "address", "Astana, Mangilik El 8",
        "phones", List.of("+7 7172 74 39 65"),
        "emails", List.of("committee@enbek.kz")));
    body.put("positions", List.of(Map.of(
        "specialtyProfile", SPECIALTY,
        "nosologies", NOSOLOGIES,
        "seats", 10,
        "duties", "Absentee proactive MSE examinations of oncology cases",
        "tariffKzt", 15000,
        "paymentTerms", "Monthly, by the 10th, for the examinations of the previous month")));
    return body;
  }

  /** Creates a campaign accepting applications today (by the engine clock) for 60 days. */
  public static String createAccepting(TestRestTemplate rest, LocalDate today) {
    ResponseEntity<Map> response = rest.withBasicAuth("reviewer", "demo").postForEntity(
        "/api/campaigns", body(today.minusDays(30), today, today.plusDays(60)), Map.class);
    if (response.getStatusCode() != HttpStatus.CREATED) {
      throw new IllegalStateException("campaign not created: " + response);
    }
    return (String) response.getBody().get("id");
  }
}
