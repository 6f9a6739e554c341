package kz.mse.registry.bench;

/** Workload 1 on the bench context's database (H2 unless {@code bench.db.url}). */
@BenchContext
class LifecycleBenchmark extends LifecycleBenchmarkBase {

  @Override
  String database() {
    return BenchReport.database();
  }
}
