package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import javax.xml.datatype.DatatypeFactory;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.Test;

/** The engine's duration parsing finds JAXP's factory by name, not by a class-path scan. */
@RegistryTest
class DatatypeFactoryChoiceTest {

  @Test
  void theRunningAppNamesTheJdksFactory() throws Exception {
    assertThat(System.getProperty(DatatypeFactoryChoice.PROPERTY))
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    assertThat(DatatypeFactory.newInstance().getClass().getName())
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
  }

  @Test
  void retryCyclesAreParsedAsBefore() throws Exception {
    DurationHelper cycle = new DurationHelper("R5/PT10M", new Date(0));
    assertThat(cycle.getTimes()).isEqualTo(5);
    assertThat(cycle.getDateAfter(new Date(0))).isEqualTo(new Date(10 * 60_000));
  }

  @Test
  void aFactoryTheOperatorNamedIsKept() {
    String chosen = System.getProperty(DatatypeFactoryChoice.PROPERTY);
    System.setProperty(DatatypeFactoryChoice.PROPERTY, "org.example.OperatorsFactory");
    try {
      new DatatypeFactoryChoice().preInit(null);
      assertThat(System.getProperty(DatatypeFactoryChoice.PROPERTY))
          .isEqualTo("org.example.OperatorsFactory");
    } finally {
      System.setProperty(DatatypeFactoryChoice.PROPERTY, chosen);
    }
  }
}
