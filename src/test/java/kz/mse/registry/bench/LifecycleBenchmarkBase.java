package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.mse.registry.contract.ContractService;
import kz.mse.registry.intake.ApplicationService;
import kz.mse.registry.testing.TestingService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Workload 1 ({@link LifecycleWorkload}) on the database of the subclass's context. */
abstract class LifecycleBenchmarkBase {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ApplicationService applications;
  @Autowired TestingService testing;
  @Autowired ContractService contracts;

  abstract String database();

  @Test
  void admissionAgainstBareLifecycles() {
    LifecycleWorkload.measure(database(), repository, runtime, tasks, management, rest, json,
        applications, testing, contracts);
  }
}
