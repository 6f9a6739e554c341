package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.exclusion.ExclusionService;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import kz.mse.registry.support.WebappLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST/GET /api/applications and the document download (R393-5, R393-6, Appendix 2). */
@RegistryTest
class ApplicationApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;
  @Autowired RegistryService registry;
  @Autowired ExclusionService exclusions;

  LocalDate today;
  String campaignId;
  String iin;

  @BeforeEach
  void campaign() {
    today = workingDays.today();
    campaignId = TestCampaigns.createAccepting(rest, today);
    iin = TestIins.next();
  }

  @Test
  void submit_R393_6_storesTheApplicationAndItsDocuments() {
    ResponseEntity<Map> created = portal().postForEntity("/api/applications",
        TestApplications.body(campaignId, iin, today), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    assertThat(created.getBody().get("status")).isEqualTo("UNDER_REVIEW");
    assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/applications/" + id);

    Map<?, ?> view = committee().getForObject("/api/applications/" + id, Map.class);
    assertThat(view.get("iin")).isEqualTo(iin);
    assertThat(view.get("phone")).isEqualTo("+77012345678");
    assertThat(((Map<?, ?>) view.get("deadlines")).get("reviewDue"))
        .isEqualTo(workingDays.deadlineDate(today, 5).toString());
    assertThat((List<?>) view.get("documents")).hasSize(6);
    ResponseEntity<Map> read = portal().getForEntity("/api/applications/" + id, Map.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the 201 body is built from what was written, without reading it back: it must be the read
    assertThat(created.getBody()).isEqualTo(read.getBody());

    Map<?, ?> firstDoc = (Map<?, ?>) ((List<?>) view.get("documents")).get(0);
    ResponseEntity<byte[]> file = committee().getForEntity(
        "/api/applications/" + id + "/documents/" + firstDoc.get("id"), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(file.getBody()).isEqualTo(Base64.getDecoder().decode(TestApplications.PDF_BASE64));
    assertThat(portal().getForEntity("/api/applications/" + id + "/documents/"
        + firstDoc.get("id"), byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(committee().getForEntity("/api/applications/" + id + "/documents/999999",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> notANumber = committee().getForEntity("/api/applications/" + id
        + "/documents/first", Map.class);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) notANumber.getBody().get("errors"))
        .extracting(e -> e.get("field")).containsExactly("documentId");
  }

  @Test
  void documentLinksOfTheReviewFormOpenInTheTasklistSession() {
    String id = (String) portal().postForEntity("/api/applications",
        TestApplications.body(campaignId, iin, today), Map.class).getBody().get("id");
    Map<?, ?> firstDoc = (Map<?, ?>) ((List<?>) committee()
        .getForObject("/api/applications/" + id, Map.class).get("documents")).get(0);
    String document = "/api/applications/" + id + "/documents/" + firstDoc.get("id");

    String reviewer = WebappLogin.sessionCookie(rest, "reviewer", "demo");
    ResponseEntity<byte[]> file = rest.exchange(document, HttpMethod.GET,
        new HttpEntity<>(WebappLogin.headers(reviewer)), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(Base64.getDecoder().decode(TestApplications.PDF_BASE64));

    // the session reads, it never writes: a POST still needs Basic credentials
    assertThat(rest.exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(TestApplications.body(campaignId, TestIins.next(), today),
            WebappLogin.headers(reviewer)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a session of a user outside the committee gets no documents; no session, no documents
    String admin = WebappLogin.sessionCookie(rest, "admin", "demo");
    assertThat(rest.exchange(document, HttpMethod.GET,
        new HttpEntity<>(WebappLogin.headers(admin)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(document, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void get_unknownId_404_andRoles() {
    assertThat(committee().getForEntity("/api/applications/nope", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("integration", "demo")
        .getForEntity("/api/applications/nope", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/applications/nope", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void invalidIinChecksum() {
    rejected(b -> b.put("iin", TestIins.withBadChecksum(iin)), "iin");
  }

  @Test
  void aNameMustBeAJsonString() {
    rejected(b -> b.put("lastName", 12345), "lastName");
  }

  @Test
  void aNameWithDigitsOrSymbols() {
    rejected(b -> b.put("lastName", "Saparova2"), "lastName");
    rejected(b -> b.put("firstName", "<b>Aigul</b>"), "firstName");
    rejected(b -> b.put("patronymic", "Nurlan0vna"), "patronymic");
  }

  @Test
  void namesOfAnyScriptWithHyphensAndApostrophes() {
    Map<String, Object> body = TestApplications.body(campaignId, iin, today);
    body.put("lastName", "Мұхаммед-Әли");
    body.put("firstName", "O'Brien");
    body.put("patronymic", "");
    assertThat(portal().postForEntity("/api/applications", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void textWithAControlCharacter() {
    rejected(b -> b.put("residence", "Astana\u0000"), "residence");
  }

  @Test
  void aDocumentDateAsANumber() {
    rejected(b -> document(b, 0).put("issuedOn", 12345), "documents[0].issuedOn");
  }

  @Test
  void nonMobilePhone() {
    rejected(b -> b.put("phone", "+7 7172 74 39 65"), "phone");
  }

  @Test
  void consentFalse_Appendix2() {
    rejected(b -> b.put("consentToPersonalData", false), "consentToPersonalData");
  }

  @Test
  void unknownLanguage() {
    rejected(b -> b.put("language", "en"), "language");
  }

  @Test
  void badIcd10() {
    rejected(b -> b.put("nosologies", List.of("C5O")), "nosologies[0]");
  }

  @Test
  void nosologyNotOfferedByThePosition() {
    rejected(b -> b.put("nosologies", List.of("E11")), "nosologies[0]");
  }

  @Test
  void unknownSpecialty() {
    rejected(b -> b.put("specialtyProfile", "Cardiology"), "specialtyProfile");
  }

  @Test
  void badOrMissingEmail_Appendix2() {
    rejected(b -> b.put("email", "not-an-email"), "email");
    rejected(b -> b.remove("email"), "email");
  }

  @Test
  void emptyName() {
    rejected(b -> b.put("lastName", "  "), "lastName");
    rejected(b -> b.put("firstName", ""), "firstName");
  }

  @Test
  void unknownDocumentType() {
    rejected(b -> document(b, 0).put("type", "PASSPORT"), "documents[0].type");
  }

  @Test
  void documentThatIsNotPdfJpegOrPng_checkedByContent() {
    rejected(b -> {
      document(b, 2).put("fileName", "looks-like.pdf");
      document(b, 2).put("contentBase64",
          Base64.getEncoder().encodeToString("MZ executable".getBytes()));
    }, "documents[2].contentBase64");
  }

  @Test
  void oversizeDocument() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F'; big[4] = '-';
    rejected(b -> document(b, 1).put("contentBase64",
        Base64.getEncoder().encodeToString(big)), "documents[1].contentBase64");
  }

  @Test
  void jpegAndPngAreAccepted() {
    Map<String, Object> body = TestApplications.body(campaignId, iin, today);
    document(body, 0).put("contentBase64", Base64.getEncoder().encodeToString(
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
    document(body, 1).put("contentBase64", Base64.getEncoder().encodeToString(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    assertThat(portal().postForEntity("/api/applications", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void malformedJson() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> response = portal().postForEntity("/api/applications",
        new HttpEntity<>("{\"campaignId\": ", headers), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertNothingWritten();
  }

  @Test
  void campaignNotAccepting_409() {
    LocalDate from = workingDays.deadlineDate(today, 12);
    String announced = (String) committee().postForObject("/api/campaigns",
        TestCampaigns.body(today, from, from.plusDays(30)), Map.class).get("id");
    ResponseEntity<Map> response = portal().postForEntity("/api/applications",
        TestApplications.body(announced, iin, today), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertNothingWritten();
  }

  @Test
  void unknownCampaign_404() {
    ResponseEntity<Map> response = portal().postForEntity("/api/applications",
        TestApplications.body("no-such-campaign", iin, today), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertNothingWritten();
  }

  @Test
  void sameIinInProgressInTheCampaign_409() {
    TestApplications.submit(rest, campaignId, iin, today);
    ResponseEntity<Map> second = portal().postForEntity("/api/applications",
        TestApplications.body(campaignId, iin, today), Map.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void barredIin_R393_13_2_409() {
    registry.include(new NewExpert(iin, "X", "Y", null, "Z", "Oncology", List.of("C50"),
        "+77012345678", "x@example.kz", "ru", null, today.minusYears(2)));
    exclusions.exclude(iin, ExclusionGround.PLAN_NOT_MET, "Contract terminated",
        today.minusYears(1));
    ResponseEntity<Map> response = portal().postForEntity("/api/applications",
        TestApplications.body(campaignId, iin, today), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertNothingWritten();
  }

  @Test
  void alreadyInTheRegistry_409() {
    registry.include(new NewExpert(iin, "X", "Y", null, "Z", "Oncology", List.of("C50"),
        "+77012345678", "x@example.kz", "ru", null, today));
    ResponseEntity<Map> response = portal().postForEntity("/api/applications",
        TestApplications.body(campaignId, iin, today), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertNothingWritten();
  }

  @Test
  void wrongRoleAndNoCredentials() {
    Map<String, Object> body = TestApplications.body(campaignId, iin, today);
    assertThat(committee().postForEntity("/api/applications", body, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/applications", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertNothingWritten();
  }

  @SuppressWarnings("unchecked")
  private void rejected(Consumer<Map<String, Object>> change, String field) {
    Map<String, Object> body = TestApplications.body(campaignId, iin, today);
    change.accept(body);
    ResponseEntity<Map> response = portal().postForEntity("/api/applications", body, Map.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    List<Object> fields = ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(e -> e.get("field")).toList();
    assertThat(fields).contains(field);
    assertNothingWritten();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(Map<String, Object> body, int i) {
    List<Map<String, Object>> docs = new ArrayList<>((List<Map<String, Object>>)
        body.get("documents"));
    Map<String, Object> copy = new HashMap<>(docs.get(i));
    docs.set(i, copy);
    body.put("documents", docs);
    return copy;
  }

  private void assertNothingWritten() {
    assertThat(count()).isZero();
  }

  private long count() {
    return jdbc.sql("select count(*) from application where iin = ?").param(iin)
        .query(Long.class).single();
  }

  private TestRestTemplate portal() {
    return rest.withBasicAuth("portal", "demo");
  }

  private TestRestTemplate committee() {
    return rest.withBasicAuth("reviewer", "demo");
  }
}
