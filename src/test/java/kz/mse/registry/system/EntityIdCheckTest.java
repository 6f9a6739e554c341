package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's id check without its eager message: same rule, same failure (EntityIdCheck). */
@RegistryTest
class EntityIdCheckTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired TaskService tasks;

  @Test
  void theEngineOpensOurEntityManager() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).getSessionFactories()
        .get(DbEntityManager.class)).isInstanceOf(EntityIdCheck.Factory.class);
  }

  @Test
  void theWildcardIdIsStillRefusedWithTheEnginesMessage() {
    Task task = tasks.newTask("*");
    assertThatThrownBy(() -> tasks.saveTask(task))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("has an invalid id")
        .hasMessageContaining("is a reserved identifier");
    assertThat(tasks.createTaskQuery().taskId("*").count()).isZero();
  }

  @Test
  void aValidIdIsInsertedAsBefore() {
    Task task = tasks.newTask("entity-id-check");
    tasks.saveTask(task);
    try {
      assertThat(tasks.createTaskQuery().taskId("entity-id-check").count()).isOne();
    } finally {
      tasks.deleteTask("entity-id-check", true);
    }
  }
}
