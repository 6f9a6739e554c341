package kz.mse.registry.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Workload 4 (R393-14): 1 000 experts (bench.experts capped at 1 000 here) covering one
 * nosology, bench.acts undecided acts spread over them by POST /api/acts (least loaded first),
 * from 4 clients (their rate: actIntakePerSecond), then 10 % of the experts are
 * excluded through POST /api/registry/{iin}/exclusions: seconds and statements of the exclusions (each moves its acts in one transaction). Written against
 * the contract only, so it compiles on main; skipped while POST /api/acts is missing (registry
 * branch not merged).
 */
@BenchContext
class RedistributionBenchmark {

  private static final String NOSOLOGY = "M54";

  @Autowired RegistryService registry;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @Test
  @SuppressWarnings("rawtypes")
  void excludeExpertsHoldingActs() throws InterruptedException {
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
    // 4 clients: assignments run one at a time (the assignment lock), the requests around them
    // overlap; acts are spread the same way, least loaded first.
    HttpLoad.Outcome intake = new HttpLoad("integration", "demo").run(acts, 4,
        Duration.ofMinutes(5), i -> HttpRequest.newBuilder(HttpLoad.uri(port, "/api/acts"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"actId\":\"bench-" + run + "-" + i
                + "\",\"nosology\":\"" + NOSOLOGY + ".5\"}")));
    if (intake.requests() != acts || intake.failures() > 0) {
      throw new IllegalStateException("acts not received: " + intake.failures() + " failed, "
          + intake.requests() + " of " + acts + " sent");
    }
    double intakeSeconds = intake.seconds();

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
