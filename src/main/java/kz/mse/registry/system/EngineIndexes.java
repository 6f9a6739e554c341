package kz.mse.registry.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's tables for queries the engine runs on every step or poll, created
 * after the engine built its schema ({@code if not exists}: H2 and PostgreSQL).
 *
 * <ul>
 *   <li>H2 only: the engine loads an execution's variables with {@code EXECUTION_ID_ = ? and
 *       TASK_ID_ is null}. Without statistics H2 plans that through the TASK_ID_ index, i.e. it
 *       scans every process variable of every running instance, on every step. PostgreSQL plans
 *       it on ACT_IDX_VAR_EXE.
 *   <li>H2 only: a message correlation (the testing and signing webhooks) asks for the
 *       executions of one business key that hold a subscription {@code EXECUTION_ID_ = RES.ID_
 *       and EVENT_NAME_ = ?}. H2 has no index of its own on EXECUTION_ID_ (PostgreSQL has
 *       ACT_IDX_EVENT_SUBSCR) and takes the EVENT_NAME_ index: every correlation read the
 *       subscriptions of all applications waiting for that message.
 *   <li>Both: job acquisition asks for {@code DUEDATE_ <= now} (every job has a due date:
 *       {@code ensureJobDueDateNotNull} in application.yml). Every waiting admission holds a
 *       timer weeks ahead; without an index each poll of the job executor read them all.
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String VARIABLES_BY_EXECUTION = "create index if not exists "
      + "MSE_IDX_VAR_EXEC_TASK on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)";
  static final String SUBSCRIPTIONS_BY_EXECUTION = "create index if not exists "
      + "MSE_IDX_EVENT_SUBSCR_EXEC_NAME on ACT_RU_EVENT_SUBSCR (EXECUTION_ID_, EVENT_NAME_)";
  static final String JOBS_BY_DUE_DATE = "create index if not exists "
      + "MSE_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("h2".equals(configuration.getDatabaseType())) {
      create(configuration, VARIABLES_BY_EXECUTION);
      create(configuration, SUBSCRIPTIONS_BY_EXECUTION);
    }
    create(configuration, JOBS_BY_DUE_DATE);
  }

  private static void create(ProcessEngineConfigurationImpl configuration, String index) {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(index);
    } catch (SQLException e) {
      throw new ProcessEngineException("cannot " + index, e);
    }
  }
}
