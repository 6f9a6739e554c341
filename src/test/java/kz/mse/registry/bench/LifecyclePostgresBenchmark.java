package kz.mse.registry.bench;

/** Workload 1 on PostgreSQL, when reachable ({@link PostgresBench}). */
@PostgresBenchContext
class LifecyclePostgresBenchmark extends LifecycleBenchmarkBase {

  @Override
  String database() {
    return "postgresql";
  }
}
