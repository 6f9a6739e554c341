package kz.mse.registry.bench;

import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Workload 3 ({@link EvaluationWorkload}) on H2, only when PostgreSQL is not reachable. */
@BenchContext
@EnabledIf("kz.mse.registry.bench.PostgresBench#unreachable")
class EvaluationBenchmark {

  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void monthlyEvaluation() {
    EvaluationWorkload.measure(BenchReport.database(), jdbc, registry, rest, management, runtime);
  }
}
