package kz.mse.registry.bench;

import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Workload 3 ({@link EvaluationWorkload}) on PostgreSQL, when reachable ({@link PostgresBench}). */
@PostgresBenchContext
class EvaluationPostgresBenchmark {

  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void monthlyEvaluation() {
    EvaluationWorkload.measure("postgresql", jdbc, registry, rest, management, runtime);
  }
}
