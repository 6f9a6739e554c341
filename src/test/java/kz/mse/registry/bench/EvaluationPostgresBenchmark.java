package kz.mse.registry.bench;

/** Workload 3 on PostgreSQL, when reachable ({@link PostgresBench}). */
@PostgresBenchContext
class EvaluationPostgresBenchmark extends EvaluationBenchmarkBase {

  @Override
  String database() {
    return "postgresql";
  }
}
