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
  void aMessageCorrelationLooksUpTheSubscriptionsOfItsExecutionsOnlyOnH2() {
    assumeTrue(isH2(), "H2 only: PostgreSQL plans it on ACT_IDX_EVENT_SUBSCR");
    // the engine's selectExecutionsByQueryCriteria for createMessageCorrelation(name)
    // .processInstanceBusinessKey(key), as the testing and signing webhooks correlate
    String plan = explain("select distinct RES.* from ACT_RU_EXECUTION RES"
        + " inner join ACT_RU_EXECUTION INST on RES.PROC_INST_ID_ = INST.ID_"
        + " inner join ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_"
        + " where INST.BUSINESS_KEY_ = ? and exists (select ID_ from ACT_RU_EVENT_SUBSCR EVT"
        + " where EVT.EXECUTION_ID_ = RES.ID_ and EVT.EVENT_TYPE_ = ? and EVT.EVENT_NAME_ = ?)",
        "some-application", "message", "TestResultReceived");
    assertThat(plan).contains("ACT_IDX_EXEC_BUSKEY").contains("MSE_IDX_EVENT_SUBSCR_EXEC_NAME")
        .doesNotContain("ACT_IDX_EVENT_SUBSCR_EVT_NAME");
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
