package kz.mse.registry.evaluation;

import static kz.mse.registry.evaluation.EvaluationFixtures.conclusion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/conclusions (API.md "Evaluation"): the CBDI feed behind R408-3/R408-4. */
@RegistryTest
class ConclusionIntakeApiTest {

  @Autowired RegistryService registry;
  @Autowired ManagementService managementService;
  @Autowired EvaluationRepository repository;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  EvaluationFixtures fixtures;
  String iin;
  final LocalDate day = LocalDate.of(2001, 2, 10);

  @BeforeEach
  void expert() {
    fixtures = new EvaluationFixtures(registry, repository, rest, managementService);
    iin = fixtures.expert(LocalDate.of(2000, 1, 1));
  }

  private long stored() {
    return jdbc.sql("select count(*) from evaluation_conclusion where expert_iin = ?")
        .param(iin).query(Long.class).single();
  }

  @Test
  void r408_3_oneObjectOrAnArrayIsAcceptedAndASeenConclusionIdIsIgnored() {
    Map<String, Object> single = conclusion(iin, day, true, "disabilityRecognized", true,
        "groupMatchesLimitations", true, "iprSocialPartDeveloped", false);
    ResponseEntity<Map> first = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/conclusions", single, Map.class);
    assertThat(first.getStatusCode().value()).isEqualTo(202);
    assertThat(first.getBody()).containsEntry("stored", 1);

    List<Map<String, Object>> batch = List.of(single, conclusion(iin, day, false),
        conclusion(iin, day, true, "osiPrimary", true, "gwcSetAtPrimary", true,
            "priorGwc", true, "gwcSetAtReexam", false));
    ResponseEntity<Map> again = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/conclusions", batch, Map.class);
    assertThat(again.getStatusCode().value()).isEqualTo(202);
    assertThat(again.getBody()).containsEntry("received", 3).containsEntry("stored", 2)
        .containsEntry("ignored", 1);
    assertThat(stored()).isEqualTo(3);

    rest.withBasicAuth("integration", "demo").postForEntity("/api/conclusions", batch, Map.class);
    assertThat(stored()).isEqualTo(3);
  }

  @Test
  void aFullBatchOfTenThousandIsStoredInOneCall() {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < ConclusionParser.MAX_BATCH; i++) {
      batch.add(conclusion(iin, LocalDate.of(1998, 1, 1 + i % 28), i % 3 > 0,
          "disabilityRecognized", true, "groupMatchesLimitations", i % 2 == 0));
    }
    long start = System.nanoTime();
    ResponseEntity<Map> response = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/conclusions", batch, Map.class);
    System.out.printf("EVALUATION INTAKE: %d conclusions in one call in %d ms%n", batch.size(),
        (System.nanoTime() - start) / 1_000_000);
    assertThat(response.getStatusCode().value()).isEqualTo(202);
    assertThat(response.getBody()).containsEntry("stored", ConclusionParser.MAX_BATCH);
    assertThat(stored()).isEqualTo(ConclusionParser.MAX_BATCH);
    jdbc.sql("delete from evaluation_conclusion where expert_iin = ?").param(iin).update();
  }

  @Test
  void aBadElementNamesItsIndexAndTheWholeBatchIsRejected() {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(conclusion(iin, day, true));
    }
    batch.add(conclusion(iin, day, true, "gwcSetAtReexam", true));
    assertBad(batch, "[3].gwcSetAtReexam");
    assertThat(stored()).isZero();
  }

  @Test
  void everyFieldIsValidated() {
    String unknown = TestIins.next();
    assertBad(conclusion(TestIins.withBadChecksum(iin), day, true), "expertIin");
    assertBad(List.of(conclusion(iin, day, true), conclusion(unknown, day, true)),
        "[1].expertIin");
    assertBad(conclusion(iin, LocalDate.now().plusDays(2), true), "issuedOn");
    assertBad(conclusion(iin, day, true, "issuedOn", "10.02.2001"), "issuedOn");
    assertBad(conclusion(iin, day, true, "timely", null), "timely");
    assertBad(conclusion(iin, day, true, "timely", "yes"), "timely");
    assertBad(conclusion(iin, day, true, "osiPrimary", null), "osiPrimary");
    assertBad(conclusion(iin, day, true, "priorGwc", null), "priorGwc");
    assertBad(conclusion(iin, day, true, "disabilityRecognized", null), "disabilityRecognized");
    assertBad(conclusion(iin, day, true, "conclusionId", ""), "conclusionId");
    assertBad(conclusion(iin, day, true, "conclusionId", 5), "conclusionId");
    assertBad(conclusion(iin, day, true, "conclusionId", "c-\u0000-1"), "conclusionId");
    assertBad(conclusion(iin, day, true, "groupMatchesLimitations", true),
        "groupMatchesLimitations");
    assertBad(conclusion(iin, day, true, "iprSocialPartDeveloped", false),
        "iprSocialPartDeveloped");
    assertBad(conclusion(iin, day, true, "gwcSetAtPrimary", true), "gwcSetAtPrimary");
    assertBad(List.of(conclusion(iin, day, true), "text"), "[1]");
    assertBad(List.of(), "body");
    assertBad("\"text\"", "body");
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i <= ConclusionParser.MAX_BATCH; i++) {
      tooMany.add(Map.of("conclusionId", "x" + i));
    }
    assertBad(tooMany, "body");
    assertThat(stored()).isZero();
  }

  @Test
  void malformedJsonIsABadRequest() {
    ResponseEntity<String> response = fixtures.post("integration", "/api/conclusions", "{");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void onlyTheIntegrationRoleFeedsConclusions() {
    Object body = conclusion(iin, day, true);
    assertThat(fixtures.post(null, "/api/conclusions", body).getStatusCode().value())
        .isEqualTo(401);
    assertThat(fixtures.post("reviewer", "/api/conclusions", body).getStatusCode().value())
        .isEqualTo(403);
    assertThat(stored()).isZero();
  }

  private void assertBad(Object body, String field) {
    ResponseEntity<String> response = fixtures.post("integration", "/api/conclusions", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
  }
}
