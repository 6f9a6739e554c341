package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
 * alternating rounds (bare, admission, bare, admission, …; {@code bench.rounds}, default 3)
 * after a warm-up of each, so both meet the same JIT, GC and table sizes; each side reports
 * its median round. Writes "lifecycle-baseline" and "lifecycle" for the database. Run on H2 by
 * {@link LifecycleBenchmark} and on PostgreSQL by {@link LifecyclePostgresBenchmark}.
 */
final class LifecycleWorkload {

  private LifecycleWorkload() {}

  /** Measures both sides on the given context's engine and database, tagged {@code database}. */
  static void measure(String database, RepositoryService repository, RuntimeService runtime,
      TaskService tasks, ManagementService management, TestRestTemplate rest, ObjectMapper json,
      ApplicationService applications, TestingService testing, ContractService contracts) {
    int n = BenchSizes.of("lifecycles", 200);
    int rounds = Math.max(1, BenchSizes.of("rounds", 3));
    BareLifecycles bare = new BareLifecycles(repository, runtime, tasks, management);
    AdmissionLifecycles admission = new AdmissionLifecycles(runtime, tasks, management, rest,
        json, applications, testing, contracts);
    bare.run(Math.min(20, n));
    admission.run(Math.min(20, n));
    Rounds bareRounds = new Rounds();
    Rounds admissionRounds = new Rounds();
    StatementCounter.resetProfile();
    for (int round = 0; round < rounds; round++) {
      bare.phases.reset();
      bareRounds.measure(n, bare::run);
      System.out.println(StatementCounter.profile(database + " lifecycle-baseline, round " + (round + 1), n));
      admission.phases.reset();
      admissionRounds.measure(n, admission::run);
      System.out.println(StatementCounter.profile(database + " lifecycle, round " + (round + 1), n));
      System.out.println(bare.phases.summary(database + " lifecycle-baseline, round " + (round + 1)));
      System.out.println(admission.phases.summary(database + " lifecycle, round " + (round + 1)));
    }
    BenchReport.add(bareRounds.result("lifecycle-baseline", n).with("database", database));
    BenchReport.add(admissionRounds.result("lifecycle", n)
        .with("database", database)
        .baseline(n, bareRounds.medianSeconds())
        .with("baselineStatementsPerOperation", bareRounds.statementsPerLifecycle(n)));
  }


  /** Seconds and statements of each round of one side. */
  private static final class Rounds {

    private final List<Double> seconds = new ArrayList<>();
    private long statements;

    void measure(int n, IntToLongFunction run) {
      long before = StatementCounter.total();
      seconds.add(run.applyAsLong(n) / 1e9);
      statements += StatementCounter.total() - before;
    }

    double medianSeconds() {
      List<Double> sorted = seconds.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }

    double statementsPerLifecycle(int n) {
      return (double) statements / ((long) n * seconds.size());
    }

    BenchResult result(String workload, int n) {
      return new BenchResult(workload, n, medianSeconds())
          .with("rounds", seconds.size())
          .with("roundSeconds", seconds.stream().map(BenchResult::round).toList())
          .with("statementsPerOperation", statementsPerLifecycle(n));
    }
  }
}
