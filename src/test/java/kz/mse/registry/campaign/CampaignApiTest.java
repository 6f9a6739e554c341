package kz.mse.registry.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API.md "Campaigns" (R393-4). */
@RegistryTest
class CampaignApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = LocalDate.now(WorkingDays.ALMATY);

  @Test
  void committeeAnnouncesACampaignThatIsAcceptingFromItsFirstDay() {
    String id = TestCampaigns.createAccepting(rest, today);

    ResponseEntity<Map> read = rest.withBasicAuth("portal", "demo")
        .getForEntity("/api/campaigns/" + id, Map.class);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsEntry("status", "ACCEPTING")
        .containsEntry("acceptanceFrom", today.toString());
    assertThat((List<Map<String, Object>>) read.getBody().get("positions"))
        .singleElement().satisfies(p -> assertThat(p)
            .containsEntry("specialtyProfile", TestCampaigns.SPECIALTY)
            .containsEntry("nosologies", TestCampaigns.NOSOLOGIES));
  }

  @Test
  void positionsComeBackInTheirOrderInTheCampaignAndInTheList() {
    Map<String, Object> body = TestCampaigns.body(today.minusDays(30), today, today.plusDays(5));
    body.put("positions", List.of(
        Map.of("specialtyProfile", "Oncology", "nosologies", List.of("C50"), "seats", 2,
            "duties", "oncology cases", "tariffKzt", 15000, "paymentTerms", "monthly"),
        Map.of("specialtyProfile", "Cardiology", "nosologies", List.of("I10", "I20"),
            "seats", 3, "duties", "cardiology cases", "tariffKzt", 16000,
            "paymentTerms", "monthly")));
    String id = (String) post("reviewer", body).getBody().get("id");

    Map<?, ?> read = rest.withBasicAuth("portal", "demo")
        .getForObject("/api/campaigns/" + id, Map.class);
    assertThat((List<Map<String, Object>>) read.get("positions"))
        .extracting(p -> p.get("specialtyProfile"), p -> p.get("nosologies"))
        .containsExactly(tuple("Oncology", List.of("C50")),
            tuple("Cardiology", List.of("I10", "I20")));
    List<Map<String, Object>> all = rest.withBasicAuth("portal", "demo")
        .getForObject("/api/campaigns", List.class);
    assertThat(all).filteredOn(c -> id.equals(c.get("id"))).singleElement()
        .satisfies(c -> assertThat((List<?>) c.get("positions")).hasSize(2));
  }

  @Test
  void aFutureAcceptanceIsAnnounced() {
    LocalDate from = workingDays.deadlineDate(today, 10);
    ResponseEntity<Map> created = post("reviewer",
        TestCampaigns.body(today, from, from.plusDays(30)));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("status", "ANNOUNCED");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/campaigns/"
        + created.getBody().get("id"));
  }

  @Test
  void acceptanceEarlierThanTenWorkingDaysAfterPublicationIsRefused_R393_4() {
    // 2026-03-06 (Fri) + 10 working days, skipping Mar 9 and Mar 23-25, is 2026-03-24... later.
    LocalDate publishedOn = LocalDate.of(2026, 3, 6);
    LocalDate earliest = workingDays.deadlineDate(publishedOn, 10);
    long before = count();

    ResponseEntity<Map> tooEarly = post("reviewer",
        TestCampaigns.body(publishedOn, earliest.minusDays(1), earliest.plusDays(20)));

    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(tooEarly)).containsExactly("acceptanceFrom");
    assertThat(count()).isEqualTo(before);
    assertThat(post("reviewer", TestCampaigns.body(publishedOn, earliest, earliest.plusDays(20)))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void badFieldsAreNamed() {
    Map<String, Object> body = TestCampaigns.body(today.minusDays(30), today, today.plusDays(5));
    body.put("title", " ");
    body.put("acceptanceTo", today.minusDays(1).toString());
    body.put("positions", List.of(Map.of("specialtyProfile", "Oncology",
        "nosologies", List.of("C5O"), "seats", 0, "duties", "x", "tariffKzt", -1,
        "paymentTerms", "monthly")));
    long before = count();

    ResponseEntity<Map> response = post("reviewer", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).contains("title", "positions[0].nosologies[0]",
        "positions[0].seats", "positions[0].tariffKzt");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void acceptanceMustNotEndBeforeItStarts() {
    ResponseEntity<Map> response = post("reviewer",
        TestCampaigns.body(today.minusDays(30), today, today.minusDays(1)));
    assertThat(fields(response)).containsExactly("acceptanceTo");
  }

  @Test
  void malformedJsonAndWrongTypesAre400() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> malformed = rest.withBasicAuth("reviewer", "demo").postForEntity(
        "/api/campaigns", new HttpEntity<>("{\"title\": ", headers), Map.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(malformed)).containsExactly("body");

    Map<String, Object> body = TestCampaigns.body(today.minusDays(30), today, today);
    body.put("acceptanceFrom", "2026-13-45");
    assertThat(fields(post("reviewer", body))).containsExactly("acceptanceFrom");
  }

  @Test
  void aTariffBeyondTheColumnAndPhonesThatAreNotKazakhNumbersAre400NotA500() {
    Map<String, Object> body = validBody();
    List<Map<String, Object>> positions = (List<Map<String, Object>>) body.get("positions");
    Map<String, Object> position = new HashMap<>(positions.get(0));
    position.put("tariffKzt", new java.math.BigDecimal("1e308"));
    body.put("positions", List.of(position));
    body.put("organization", Map.of("name", "Committee", "address", "Astana",
        "phones", List.of("+7 7172 74 39 65", "2026-02-30", "12345"),
        "emails", List.of("c@enbek.kz")));
    long before = count();

    assertThat(fields(post("reviewer", body))).containsExactlyInAnyOrder(
        "positions[0].tariffKzt", "organization.phones[1]", "organization.phones[2]");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void textTakesJsonStringsWithoutControlCharactersOnly() {
    Map<String, Object> numeric = validBody();
    numeric.put("title", 12345);
    assertThat(fields(post("reviewer", numeric))).containsExactly("title");
    Map<String, Object> nul = validBody();
    nul.put("title", "Oncology\u0000experts");
    ResponseEntity<Map> response = post("reviewer", nul);
    assertThat(fields(response)).containsExactly("title");
    assertThat(response.getBody().toString()).contains("must not contain control characters");
    Map<String, Object> epochDay = validBody();
    epochDay.put("acceptanceTo", 20_800);
    assertThat(fields(post("reviewer", epochDay))).containsExactly("acceptanceTo");
    Map<String, Object> dateArray = validBody();
    dateArray.put("acceptanceTo", List.of(2099, 1, 5));
    assertThat(fields(post("reviewer", dateArray))).containsExactly("acceptanceTo");
  }

  @Test
  void onlyTheCommitteeAnnouncesAndEveryoneMustAuthenticate() {
    Map<String, Object> body = TestCampaigns.body(today.minusDays(30), today, today);
    assertThat(post("portal", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/campaigns", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/campaigns", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("integration", "demo")
        .getForEntity("/api/campaigns/unknown", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/campaigns", body, Map.class);
  }

  private long count() {
    return jdbc.sql("select count(*) from campaign").query(Long.class).single();
  }

  @SuppressWarnings("unchecked")
  static List<String> fields(ResponseEntity<Map> response) {
    return ((List<Map<String, String>>) response.getBody().get("errors")).stream()
        .map(e -> e.get("field")).toList();
  }

  private Map<String, Object> validBody() {
    return TestCampaigns.body(today.minusDays(30), today, today.plusDays(5));
  }
}
