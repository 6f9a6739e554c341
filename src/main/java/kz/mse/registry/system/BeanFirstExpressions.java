package kz.mse.registry.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Expressions in our models name Spring beans ({@code ${checkDocumentsDelegate}},
 * {@code ${admissionDeadlines.review(execution)}}). Camunda's resolver asks the execution for a
 * variable of that name first, and asking loads all of the instance's variables: one query per
 * step that has any, only to learn that {@code checkDocumentsDelegate} is not a variable. Here
 * bean names are looked up first; variables are read only when an expression names one.
 *
 * <p>So a bean would hide a variable of the same name: no variable of ours is named like a bean
 * ({@code BeanFirstExpressionsTest} checks every identifier in {@code bpmn/}). The engine's own
 * names ({@code execution}, {@code task}, …) still resolve as the engine defines them.
 */
@Component
class BeanFirstExpressions extends AbstractProcessEnginePlugin {

  /** Names the engine resolves itself (VariableScopeElResolver), before any bean. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask",
      "caseExecution", "authenticatedUserId");

  private final ApplicationContext context;

  BeanFirstExpressions(ApplicationContext context) {
    this.context = context;
  }

  /** Before init, which adds the engine's function mappers to whatever manager is set. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getBeans() == null) { // a beans map would restrict the context's beans
      configuration.setExpressionManager(new Manager(context));
    }
  }

  /** Spring's expression manager with the bean lookup moved to the front. */
  static final class Manager extends SpringExpressionManager {

    Manager(ApplicationContext context) {
      super(context);
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new BeansBeforeVariables(applicationContext));
      resolver.add(super.createElResolver());
      return resolver;
    }
  }

  /** Resolves a top-level name that is a bean, except the engine's own names. */
  static final class BeansBeforeVariables extends ApplicationContextElResolver {

    BeansBeforeVariables(ApplicationContext context) {
      super(context);
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (base == null && property != null && ENGINE_NAMES.contains(property.toString())) {
        return null; // not resolved: the engine's resolver further down answers
      }
      return super.getValue(elContext, base, property);
    }
  }
}
