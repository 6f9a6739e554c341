package kz.mse.registry.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link BenchContext}, on the run's PostgreSQL ({@link PostgresBench}); the class is
 * skipped when PostgreSQL is not reachable. A second application context in the same JVM, with
 * its own engine name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIf("kz.mse.registry.bench.PostgresBench#reachable")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${bench.pg.url:jdbc:postgresql://127.0.0.1:5432/mse_registry_bench?reWriteBatchedInserts=true}",
      "spring.datasource.username=${bench.pg.user:postgres}",
      "spring.datasource.password=${bench.pg.password:}",
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.history-level=${bench.history:audit}",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "camunda.bpm.generic-properties.properties.loginDelayBase=0",
      "camunda.bpm.generic-properties.properties.loginMaxAttempts=100000",
      "logging.level.org.camunda.community.process_test_coverage=error",
      "logging.level.kz.mse.registry.notification.LogSmsGateway=warn",
      // the simulators stand in for outside systems; production logs neither line
      "logging.level.kz.mse.registry.contract.SimulatedEdsSigning=warn"
    })
@ActiveProfiles({"demo", "bench"})
@Import({CountingDataSourceConfiguration.class, BareLifecycleModel.Steps.class})
@interface PostgresBenchContext {}
