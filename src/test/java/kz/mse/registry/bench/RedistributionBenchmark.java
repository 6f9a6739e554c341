package kz.mse.registry.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.TestIins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Workload 4 (R393-14): 1 000 experts (bench.experts capped at 1 000 here) covering one
 * nosology, bench.acts undecided acts spread over them by POST /api/acts (least loaded first),
 * one request after the other (their rate: actIntakePerSecond), then 10 % of the experts are
 * excluded through POST /api/registry/{iin}/exclusions: seconds and statements of the exclusions (each moves its acts in one transaction). Written against
 * the contract only, so it compiles on main; skipped while POST /api/acts is missing (registry
 * branch not merged).
 */
@BenchContext
class RedistributionBenchmark {

  private static final String NOSOLOGY = "M54";

  @Autowired RegistryService registry;
  @Autowired TestRestTemplate rest;

  @Test
  @SuppressWarnings("rawtypes")
  void excludeExpertsHoldingActs() {
    int experts = Math.min(1000, BenchSizes.of("experts", 1000));
    int acts = BenchSizes.of("acts", 10000);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    ResponseEntity<Map> probe = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/acts", Map.of("actId", "bench-probe", "nosology", "Z99"), Map.class);
    assumeTrue(probe.getStatusCode().value() != 404 && probe.getStatusCode().value() != 405,
        "POST /api/acts missing (registry branch not merged)");

    List<String> iins = new ArrayList<>();
    for (int i = 0; i < experts; i++) {
      String iin = TestIins.next();
      registry.include(new NewExpert(iin, "Bench", "Expert" + i, null, "Astana", "Neurology",
          List.of(NOSOLOGY), "+77012345678", "bench@example.kz", "ru", null, today.minusDays(1)));
      iins.add(iin);
    }
    String run = Long.toString(System.nanoTime(), 36);
    long intakeStart = System.nanoTime();
    for (int i = 0; i < acts; i++) {
      ResponseEntity<Map> r = rest.withBasicAuth("integration", "demo").postForEntity("/api/acts",
          Map.of("actId", "bench-" + run + "-" + i, "nosology", NOSOLOGY + ".5"), Map.class);
      if (!r.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("act not received: " + r);
      }
    }

    double intakeSeconds = (System.nanoTime() - intakeStart) / 1e9;

    int excluded = Math.max(1, experts / 10);
    long statementsBefore = StatementCounter.total();
    long start = System.nanoTime();
    for (int i = 0; i < excluded; i++) {
      ResponseEntity<String> r = rest.withBasicAuth("reviewer", "demo").postForEntity(
          "/api/registry/" + iins.get(i) + "/exclusions",
          Map.of("ground", "OWN_APPLICATION", "basis", "bench"), String.class);
      if (!r.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("exclusion failed: " + r);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long statements = StatementCounter.total() - statementsBefore;
    BenchReport.add(new BenchResult("redistribution", excluded, seconds)
        .with("experts", experts)
        .with("acts", acts)
        .with("actsMovedApprox", (long) acts * excluded / experts)
        .with("actIntakePerSecond", BenchResult.round(acts / intakeSeconds))
        .with("statementsPerOperation", (double) statements / excluded));
  }
}
