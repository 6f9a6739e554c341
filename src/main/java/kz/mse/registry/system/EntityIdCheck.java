package kz.mse.registry.system;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine checks every inserted row's id (not null, not the authorization wildcard
 * {@code *}) with a message it builds first: {@code "Entity " + entity + " has an invalid id"},
 * the whole entity's {@code toString} (a variable's value included) on every insert, about 3 %
 * of the CPU of a submit (JFR, docs/performance.md). This entity manager runs the same check
 * and builds the message only when it fails.
 */
@Component
class EntityIdCheck extends AbstractProcessEnginePlugin {

  /** After init, which registered the engine's own entity manager factory. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSessionFactories().put(DbEntityManager.class,
        new Factory(configuration.getIdGenerator()));
  }

  static final class Factory extends DbEntityManagerFactory {

    Factory(IdGenerator idGenerator) {
      super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
      PersistenceSession persistence = Context.getCommandContext()
          .getSession(PersistenceSession.class);
      return new Manager(idGenerator, persistence);
    }
  }

  static final class Manager extends DbEntityManager {

    Manager(IdGenerator idGenerator, PersistenceSession persistence) {
      super(idGenerator, persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity); // the engine's own exception and message
      }
    }
  }
}
