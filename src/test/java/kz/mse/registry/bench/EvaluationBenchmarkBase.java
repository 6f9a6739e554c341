package kz.mse.registry.bench;

import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Workload 3 ({@link EvaluationWorkload}) on the database of the subclass's context. */
abstract class EvaluationBenchmarkBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  abstract String database();

  @Test
  void monthlyEvaluation() {
    EvaluationWorkload.measure(database(), jdbc, registry, rest, management, runtime);
  }
}
