package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On H2 an execution's variables are read through an index, not a scan of all variables. */
@RegistryTest
class H2EngineIndexesTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired JdbcClient jdbc;

  @Test
  void theEnginesVariableLookupUsesTheExecutionIndex() {
    assumeTrue("h2".equals(((ProcessEngineConfigurationImpl) configuration).getDatabaseType()),
        "H2 only: PostgreSQL plans it on ACT_IDX_VAR_EXE");
    String plan = String.join("\n", jdbc.sql("explain select RES.* from ACT_RU_VARIABLE RES"
            + " left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_"
            + " where EXECUTION_ID_ = ? and TASK_ID_ is null")
        .param("some-execution").query(String.class).list());
    assertThat(plan).contains("MSE_IDX_VAR_EXEC_TASK").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
  }
}
