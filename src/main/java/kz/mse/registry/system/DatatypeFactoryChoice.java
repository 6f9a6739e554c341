package kz.mse.registry.system;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine parses a retry cycle ({@code failedJobRetryTimeCycle}) for every asynchronous job
 * it creates, and a timer's duration, with a new {@code DatatypeFactory.newInstance()} each
 * time. Unless the JAXP system property names the factory, that call looks it up with a
 * {@code ServiceLoader} over every jar of the class path (139 in the packaged app, each read
 * under its lock), per job: 1.8 % of an admission's CPU and most of its job creation (JFR,
 * docs/performance.md). This names the JDK's own factory, the one the lookup ends with here
 * (no jar provides another), unless the operator has named one.
 */
@Component
class DatatypeFactoryChoice extends AbstractProcessEnginePlugin {

  static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }
}
