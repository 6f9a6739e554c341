package kz.mse.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every test result reads the earlier attempts through indexes, never a scan of all attempts. */
@RegistryTest
class EarlierAttemptsQueryTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired JdbcClient jdbc;

  @Test
  void earlierAttemptsAreTwoIndexLookups() {
    assumeTrue("h2".equals(((ProcessEngineConfigurationImpl) configuration).getDatabaseType()),
        "H2's plan; PostgreSQL picks by its statistics");
    String plan = String.join("\n", jdbc.sql("explain " + TestingService.EARLIER_ATTEMPTS)
        .params("application", "attempt", "application").query(String.class).list());
    // H2 names the index it picks for application_id after the foreign key's
    assertThat(plan).containsPattern("/\\* PUBLIC\\.\\w+: APPLICATION_ID = \\?1 \\*/")
        .containsPattern("/\\* PUBLIC\\.PRIMARY_KEY\\w*: ATTEMPT_ID = \\?2 \\*/")
        .doesNotContainIgnoringCase("tableScan");
  }
}
