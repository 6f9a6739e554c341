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
 * H2 only (the default database): the engine loads an execution's variables with
 * {@code EXECUTION_ID_ = ? and TASK_ID_ is null}. Without statistics H2 plans that through the
 * TASK_ID_ index, i.e. it scans every process variable of every running instance, on every
 * step: the cost of a step grew with the number of applications waiting. An index on both
 * columns makes it a lookup. PostgreSQL plans it on ACT_IDX_VAR_EXE and needs nothing.
 */
@Component
class H2EngineIndexes extends AbstractProcessEnginePlugin {

  static final String VARIABLES_BY_EXECUTION = "create index if not exists "
      + "MSE_IDX_VAR_EXEC_TASK on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(VARIABLES_BY_EXECUTION);
    } catch (SQLException e) {
      throw new ProcessEngineException("cannot create " + VARIABLES_BY_EXECUTION, e);
    }
  }
}
