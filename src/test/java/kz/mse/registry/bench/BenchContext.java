package kz.mse.registry.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmarks' own application context (never the test suite's): H2 (in a file under
 * {@code target/bench/h2} with the bench profile, as the default profile runs it), or the
 * database of {@code -Dbench.db.url/user/password}, e.g. PostgreSQL); the REAL job
 * executor, demo users, every JDBC statement counted. All benchmark classes share it.
 * History level: {@code bench.history} (default {@code audit}, as production).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${bench.db.url:jdbc:h2:mem:mse-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128}",
      "spring.datasource.username=${bench.db.user:sa}",
      "spring.datasource.password=${bench.db.password:}",
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.history-level=${bench.history:audit}",
      "camunda.bpm.generate-unique-process-engine-name=false",
      "camunda.bpm.generic-properties.properties.loginDelayBase=0",
      "camunda.bpm.generic-properties.properties.loginMaxAttempts=100000",
      "logging.level.org.camunda.community.process_test_coverage=error",
      // thousands of SMS (the published evaluation) would flood the benchmark output
      "logging.level.kz.mse.registry.notification.LogSmsGateway=warn",
      // the simulators stand in for outside systems; production logs neither line
      "logging.level.kz.mse.registry.contract.SimulatedEdsSigning=warn"
    })
@ActiveProfiles({"demo", "bench"})
@Import({CountingDataSourceConfiguration.class, BareLifecycleModel.Steps.class})
@interface BenchContext {}
