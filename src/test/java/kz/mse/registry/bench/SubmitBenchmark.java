package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.mse.registry.intake.TestApplications;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Workload 2: POST /api/applications over HTTP from 16 concurrent clients; baseline: the same
 * clients on GET /api/calendar/working-days (authenticated, no database write). Applications
 * are submitted by the demo portal user into one accepting campaign, each with a fresh IIN.
 */
@BenchContext
class SubmitBenchmark {

  private static final int CLIENTS = 16;
  private static final Duration LIMIT = Duration.ofMinutes(3);
  private static final String PDF_BASE64 = Base64.getEncoder().encodeToString(
      "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void submitApplications() throws Exception {
    int submits = BenchSizes.of("submits", 400);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String campaignId = TestCampaigns.createAccepting(rest, today);

    HttpLoad load = new HttpLoad("portal", "demo");
    int warmUp = BenchSizes.of("submitWarmUp", 1000);
    int warmUpRounds = Math.max(1, BenchSizes.of("submitWarmUpMax", 8));
    List<byte[]> bodies = new ArrayList<>();
    int measuredRounds = Math.max(1, BenchSizes.of("submitRounds", 3));
    int countedFrom = submits * measuredRounds; // one more round, for the statement counts
    int warmUpFrom = countedFrom + submits;
    for (int i = 0; i < warmUpFrom + warmUp * warmUpRounds; i++) {
      bodies.add(json.writeValueAsBytes(application(campaignId, TestIins.next(), today)));
    }
    MeasuredRecording warmUpRecording = MeasuredRecording.startIfAsked("submit");
    // Warm-up and timed rounds on the pool's own connections, as LifecycleWorkload does.
    boolean countTimed = StatementCounter.profiling();
    StatementCounter.wrapConnections(countTimed);
    HttpLoad.Outcome baseline = HttpLoad.Outcome.NONE;
    HttpLoad.Outcome submit = HttpLoad.Outcome.NONE;
    List<Double> roundP99 = new ArrayList<>();
    List<Double> warmUpJit = new ArrayList<>();
    long statements = 0;
    try {
      // Warm-up of both paths (JIT, pools, the login cache) in rounds until the JIT is done with
      // them, so the class measures the same whether it runs alone or after the other workloads.
      do {
        int offset = warmUpFrom + warmUp * warmUpJit.size();
        JitActivity jit = new JitActivity();
        load.run(warmUp, CLIENTS, LIMIT, i -> calendar());
        load.run(warmUp, CLIENTS, LIMIT, i -> submit(bodies.get(offset + i)));
        warmUpJit.add(jit.share());
        System.out.printf("submit warm-up round %d: JIT %.0f %% of the wall time, %d classes"
            + " loaded, code cache %s%n", warmUpJit.size(), 100 * warmUpJit.get(warmUpJit.size() - 1),
            JitActivity.classesLoaded(), JitActivity.codeCache());
      } while (warmUpJit.size() < warmUpRounds
          && warmUpJit.get(warmUpJit.size() - 1) > BenchSizes.share("jitSteadyShare", 0.1));
      JobWait.awaitJobs(management, "expert-admission", Duration.ofMinutes(5));

      // Rounds alternate (trivial endpoint, submits) and pool their latencies: one round's p99
      // is its 20 slowest requests, which one GC pause or a stall of the VM decides.
      StatementCounter.resetProfile();
      try (MeasuredRecording recording = warmUpRecording.measure()) {
        for (int round = 0; round < measuredRounds; round++) {
          baseline = baseline.plus(load.run(submits, CLIENTS, LIMIT, i -> calendar()));
          int offset = submits * round;
          long statementsBefore = StatementCounter.total();
          HttpLoad.Outcome measured = load.run(submits, CLIENTS, LIMIT,
              i -> submit(bodies.get(offset + i)));
          statements += StatementCounter.total() - statementsBefore;
          roundP99.add(BenchResult.round(new Percentiles(measured.latencies()).millis(99)));
          submit = submit.plus(measured);
        }
      }
    } finally {
      StatementCounter.wrapConnections(true);
    }
    long counted = submit.requests();
    if (!countTimed) {
      JobWait.awaitJobs(management, "expert-admission", Duration.ofMinutes(5));
      long before = StatementCounter.total();
      counted = load.run(submits, CLIENTS, LIMIT,
          i -> submit(bodies.get(countedFrom + i))).requests();
      statements = StatementCounter.total() - before;
    }
    System.out.println(StatementCounter.profile("submit (per request, with the jobs it left)",
        submit.requests()));

    Percentiles own = new Percentiles(submit.latencies());
    Percentiles bare = new Percentiles(baseline.latencies());
    BenchReport.add(new BenchResult("submit", submit.requests(), submit.seconds())
        .baseline(baseline.requests(), baseline.seconds())
        .with("clients", CLIENTS)
        .with("rounds", measuredRounds)
        .with("roundP99Ms", roundP99)
        .with("failures", submit.failures())
        .with("statementsPerOperation", counted == 0 ? null : (double) statements / counted)
        .with("p50Ms", own.millis(50)).with("p95Ms", own.millis(95)).with("p99Ms", own.millis(99))
        .with("baselineP50Ms", bare.millis(50)).with("baselineP95Ms", bare.millis(95))
        .with("baselineP99Ms", bare.millis(99))
        .with("baselineFailures", baseline.failures())
        .with("warmUpJitShare", warmUpJit.stream().map(BenchResult::round).toList())
        .with("note", submit.failures() == submit.requests()
            ? "every submit failed: POST /api/applications missing (admission branch not merged)?" : null));
  }

  private HttpRequest.Builder calendar() {
    return HttpRequest.newBuilder(HttpLoad.uri(port, "/api/calendar/working-days?from=2026-03-20&days=5")).GET();
  }

  private HttpRequest.Builder submit(byte[] body) {
    return HttpRequest.newBuilder(HttpLoad.uri(port, "/api/applications"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofByteArray(body));
  }

  static Map<String, Object> application(String campaignId, String iin, LocalDate today) {
    return TestApplications.body(campaignId, iin, today);
  }
}
