package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine's per-step and per-poll queries run on indexes (EngineIndexes). */
@RegistryTest
class EngineIndexesTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theEnginesVariableLookupUsesTheExecutionIndexOnH2() {
    assumeTrue(isH2(), "H2 only: PostgreSQL plans it on ACT_IDX_VAR_EXE");
    String plan = explain("select RES.* from ACT_RU_VARIABLE RES"
        + " left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_"
        + " where EXECUTION_ID_ = ? and TASK_ID_ is null", "some-execution");
    assertThat(plan).contains("MSE_IDX_VAR_EXEC_TASK").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
  }

  @Test
  void jobAcquisitionAsksForDueJobsOnly() throws SQLException {
    assertThat(((ProcessEngineConfigurationImpl) configuration).isEnsureJobDueDateNotNull())
        .as("without it the query reads DUEDATE_ is null or DUEDATE_ <= now: no index").isTrue();
    assertThat(indexesOf("ACT_RU_JOB")).contains("MSE_IDX_JOB_DUEDATE");
    if (isH2()) {
      assertThat(explain("select RES.ID_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0)"
          + " and (RES.DUEDATE_ <= ?) and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?)"
          + " and RES.SUSPENSION_STATE_ = 1", new Timestamp(0), new Timestamp(0)))
          .contains("MSE_IDX_JOB_DUEDATE");
    }
  }

  private boolean isH2() {
    return "h2".equals(((ProcessEngineConfigurationImpl) configuration).getDatabaseType());
  }

  private String explain(String query, Object... parameters) {
    return String.join("\n", jdbc.sql("explain " + query).params(parameters)
        .query(String.class).list());
  }

  private Set<String> indexesOf(String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String name : new String[] {table, table.toLowerCase()}) {
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, name, false,
            true)) {
          while (rs.next()) {
            String index = rs.getString("INDEX_NAME");
            if (index != null) {
              names.add(index.toUpperCase());
            }
          }
        }
      }
    }
    return names;
  }
}
