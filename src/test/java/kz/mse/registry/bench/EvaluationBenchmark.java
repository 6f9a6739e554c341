package kz.mse.registry.bench;

import org.junit.jupiter.api.condition.EnabledIf;

/** Workload 3 on H2, only when PostgreSQL is not reachable (the fallback). */
@BenchContext
@EnabledIf("kz.mse.registry.bench.PostgresBench#unreachable")
class EvaluationBenchmark extends EvaluationBenchmarkBase {

  @Override
  String database() {
    return BenchReport.database();
  }
}
