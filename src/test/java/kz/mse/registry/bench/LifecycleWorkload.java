package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import kz.mse.registry.contract.ContractService;
import kz.mse.registry.intake.ApplicationService;
import kz.mse.registry.testing.TestingService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Workload 1: N full admission lifecycles ({@link AdmissionLifecycles}) against the bare model
 * of the same shape ({@link BareLifecycles}) on the same engine and database. The two run in
 * alternating rounds (bare, admission, bare, admission, …; {@code bench.rounds}, default 5)
 * after warm-up pairs that last until the JIT is done with both paths ({@link #warmUp}), so
 * both meet the same steady state, GC and table sizes; each side reports its median round.
 * Timed rounds run on the pool's own connections; statements, round trips and commits come from
 * one more pair through the counting proxies ({@link StatementCounter#wrapConnections}). Writes
 * "lifecycle-baseline" and "lifecycle" for the database. Run on H2 by
 * {@link LifecycleBenchmark} and on PostgreSQL by {@link LifecyclePostgresBenchmark}.
 */
final class LifecycleWorkload {

  private LifecycleWorkload() {}

  /** Measures both sides on the given context's engine and database, tagged {@code database}. */
  static void measure(String database, RepositoryService repository, RuntimeService runtime,
      TaskService tasks, ManagementService management, TestRestTemplate rest, ObjectMapper json,
      ApplicationService applications, TestingService testing, ContractService contracts) {
    int n = BenchSizes.of("lifecycles", 200);
    int rounds = Math.max(1, BenchSizes.of("rounds", 5));
    BareLifecycles bare = new BareLifecycles(repository, runtime, tasks, management);
    AdmissionLifecycles admission = new AdmissionLifecycles(runtime, tasks, management, rest,
        json, applications, testing, contracts);
    MeasuredRecording warmUpRecording = MeasuredRecording.startIfAsked("lifecycle-" + database);
    // Warm-up and timed rounds on the pool's own connections (the JIT meets the timed rounds'
    // call sites), counted only for the per-SQL profile; the counts come from a pair after.
    boolean countTimed = StatementCounter.profiling();
    StatementCounter.wrapConnections(countTimed);
    Rounds bareRounds = new Rounds();
    Rounds admissionRounds = new Rounds();
    List<Double> warmUpJit;
    try {
      warmUpJit = warmUp(bare, admission, n);
      StatementCounter.resetProfile();
      timedRounds(database, n, rounds, bare, admission, bareRounds, admissionRounds,
          warmUpRecording);
    } finally {
      StatementCounter.wrapConnections(true);
    }
    if (!countTimed) {
      bareRounds.count(n, bare::run);
      admissionRounds.count(n, admission::run);
    }
    BenchReport.add(bareRounds.result("lifecycle-baseline", n).with("database", database));
    BenchReport.add(admissionRounds.result("lifecycle", n)
        .with("database", database)
        .with("warmUpRounds", warmUpJit.size())
        .with("warmUpJitShare", warmUpJit.stream().map(BenchResult::round).toList())
        .baseline(n, bareRounds.medianSeconds())
        .with("baselineStatementsPerOperation", bareRounds.statementsPerLifecycle(n))
        .with("baselineRoundTripsPerOperation", bareRounds.roundTripsPerLifecycle(n))
        .with("baselineCommitsPerOperation", bareRounds.commitsPerLifecycle(n))
        .with("baselineCpuMsPerOperation", bareRounds.cpuMillisPerLifecycle(n))
        .with("cpuRatio", BenchResult.round(bareRounds.cpuMillisPerLifecycle(n)
            / admissionRounds.cpuMillisPerLifecycle(n))));
  }

  /** Alternating timed rounds (bare, admission), recorded when a JFR recording was asked. */
  private static void timedRounds(String database, int n, int rounds, BareLifecycles bare,
      AdmissionLifecycles admission, Rounds bareRounds, Rounds admissionRounds,
      MeasuredRecording warmUpRecording) {
    try (MeasuredRecording recording = warmUpRecording.measure()) {
      for (int round = 0; round < rounds; round++) {
        bare.phases.reset();
        long bareFrom = System.currentTimeMillis();
        bareRounds.measure(n, bare::run);
        long admissionFrom = System.currentTimeMillis();
        System.out.println(StatementCounter.profile(database + " lifecycle-baseline, round " + (round + 1), n));
        admission.phases.reset();
        admissionRounds.measure(n, admission::run);
        System.out.printf("round window %d: baseline %d..%d, admission %d..%d (epoch ms)%n",
            round + 1, bareFrom, admissionFrom, admissionFrom, System.currentTimeMillis());
        System.out.println(StatementCounter.profile(database + " lifecycle, round " + (round + 1), n));
        System.out.println(bare.phases.summary(database + " lifecycle-baseline, round " + (round + 1)));
        System.out.println(admission.phases.summary(database + " lifecycle, round " + (round + 1)));
      }
    }
  }

  /**
   * Pairs of rounds (bare, admission) until the JIT is done with both paths: until a pair's
   * compile time is under {@code bench.jitSteadyShare} (default 0.1) of its wall time, at
   * least {@code bench.lifecycleWarmUp} (default 2) pairs and at most
   * {@code bench.lifecycleWarmUpMax} (default 40) or {@code bench.lifecycleWarmUpSeconds}
   * (default 90) of them. Returns each pair's share. The JIT's backlog is a matter of time, not
   * of pairs: on 2 cores its C2 thread stays busy for 60–90 s of this workload, which is 8
   * pairs on a slow machine and 22 on a fast one; a pair count alone left the fast machine's
   * admission rounds with the JIT at 40–55 %. The budget keeps the slow machine's run as long
   * as before. A round also reports the workload's own CPU time
   * ({@link JitActivity#workloadCpuMillis}), which the compiler threads do not move.
   */
  private static List<Double> warmUp(BareLifecycles bare, AdmissionLifecycles admission, int n) {
    int least = Math.max(1, BenchSizes.of("lifecycleWarmUp", 2));
    int most = Math.max(least, BenchSizes.of("lifecycleWarmUpMax", 40));
    long budget = TimeUnit.SECONDS.toNanos(BenchSizes.of("lifecycleWarmUpSeconds", 90));
    double steady = BenchSizes.share("jitSteadyShare", 0.1);
    List<Double> shares = new ArrayList<>();
    long from = System.nanoTime();
    do {
      JitActivity jit = new JitActivity();
      bare.run(n);
      admission.run(n);
      shares.add(jit.share());
      System.out.printf("lifecycle warm-up pair %d: JIT %.0f %% of the wall time, code cache %s%n",
          shares.size(), 100 * shares.get(shares.size() - 1), JitActivity.codeCache());
    } while (shares.size() < least || (shares.size() < most
        && System.nanoTime() - from < budget && shares.get(shares.size() - 1) > steady));
    return shares;
  }

  /** Seconds and statements of each round of one side. */
  private static final class Rounds {

    private final List<Double> seconds = new ArrayList<>();
    private StatementCounter.Counts counted = StatementCounter.Counts.NONE;

    private final List<Double> jitShares = new ArrayList<>();
    private final List<Double> cpuMillis = new ArrayList<>();

    private int countedRuns;

    /** A timed round; its statements count only while connections are wrapped (profile). */
    void measure(int n, IntToLongFunction run) {
      StatementCounter.Counts before = StatementCounter.counts();
      JitActivity jit = new JitActivity();
      seconds.add(run.applyAsLong(n) / 1e9);
      jitShares.add(jit.share());
      cpuMillis.add(jit.workloadCpuMillis());
      StatementCounter.Counts during = StatementCounter.counts().since(before);
      if (during.statements() > 0) {
        counted = counted.plus(during);
        countedRuns++;
      }
    }

    /** An untimed round for the counts alone. */
    void count(int n, IntToLongFunction run) {
      StatementCounter.Counts before = StatementCounter.counts();
      run.applyAsLong(n);
      counted = counted.plus(StatementCounter.counts().since(before));
      countedRuns++;
    }

    /** The median round's workload CPU (both cores, JIT excluded) per lifecycle. */
    double cpuMillisPerLifecycle(int n) {
      return Percentiles.median(cpuMillis) / n;
    }

    double medianSeconds() {
      return Percentiles.median(seconds);
    }

    double statementsPerLifecycle(int n) {
      return perLifecycle(counted.statements(), n);
    }

    double commitsPerLifecycle(int n) {
      return perLifecycle(counted.commits(), n);
    }

    double roundTripsPerLifecycle(int n) {
      return perLifecycle(counted.roundTrips(), n);
    }

    private double perLifecycle(long count, int n) {
      return (double) count / ((long) n * Math.max(1, countedRuns));
    }

    BenchResult result(String workload, int n) {
      return new BenchResult(workload, n, medianSeconds())
          .with("rounds", seconds.size())
          .with("roundSeconds", seconds.stream().map(BenchResult::round).toList())
          .with("roundJitShare", jitShares.stream().map(BenchResult::round).toList())
          .with("cpuMsPerOperation", cpuMillisPerLifecycle(n))
          .with("statementsPerOperation", statementsPerLifecycle(n))
          .with("roundTripsPerOperation", roundTripsPerLifecycle(n))
          .with("commitsPerOperation", commitsPerLifecycle(n));
    }
  }
}
