package kz.mse.registry.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Experts and conclusions for the evaluation tests. Experts get a plan of 0 unless a test
 * sets one, so runs of other tests' months never count plan failures for them.
 */

class EvaluationFixtures {

  private final RegistryService registry;
  private final EvaluationRepository repository;
  private final TestRestTemplate rest;
  private final ManagementService management;

  EvaluationFixtures(RegistryService registry, EvaluationRepository repository,
      TestRestTemplate rest, ManagementService management) {
    this.registry = registry;
    this.repository = repository;
    this.rest = rest;
    this.management = management;
  }

  String expert(LocalDate includedOn) {
    String iin = TestIins.next();
    registry.include(new NewExpert(iin, "Әбдірахманова", "Гүлнұр", "Қайратқызы",
        "Алматы", "Терапия", List.of("I10"), "+77011234567", "expert@example.kz", "kk", null,
        includedOn));
    repository.savePlan(iin, 0, "test");
    return iin;
  }

  /** A conclusion as CBDI sends it; {@code extra} overrides/adds fields. */
  static Map<String, Object> conclusion(String iin, LocalDate issuedOn, boolean timely,
      Object... extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("conclusionId", UUID.randomUUID().toString());
    body.put("expertIin", iin);
    body.put("issuedOn", issuedOn.toString());
    body.put("timely", timely);
    body.put("disabilityRecognized", false);
    body.put("osiPrimary", false);
    body.put("priorGwc", false);
    for (int i = 0; i < extra.length; i += 2) {
      body.put((String) extra[i], extra[i + 1]);
    }
    return body;
  }

  /** n conclusions of which {@code timely} were issued on time (row 1 only). */
  void feed(String iin, LocalDate issuedOn, int n, int timely) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(conclusion(iin, issuedOn, i < timely));
    }
    ResponseEntity<String> response = post("integration", "/api/conclusions", batch);
    if (response.getStatusCode().value() != 202) {
      throw new IllegalStateException(response.getBody());
    }
  }

  /** Runs the evaluation and its next step, the proposed exclusions (publishing stays due). */
  ResponseEntity<String> run(String period) {
    ResponseEntity<String> response = post("admin", "/api/evaluations/run", Map.of("period", period));
    proposeExclusions();
    return response;
  }

  /** Executes the due "Propose exclusions" steps, the job after each evaluation. */
  void proposeExclusions() {
    for (String step : List.of("Activity_ProposeMonthExclusions", "Activity_ProposeYearExclusions")) {
      management.createJobQuery().activityId(step).executable().list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
