package kz.mse.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * One package per feature (spring-modulith): the feature packages must not depend on each
 * other in cycles. Also writes the module diagrams to target/spring-modulith-docs/.
 */
class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(MseRegistryApplication.class);

  @Test
  void featurePackagesHaveNoCycles() {
    modules.verify();
  }

  @Test
  void writesModuleDiagrams() {
    Documenter documenter = new Documenter(modules);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

    assertThat(Path.of("target", "spring-modulith-docs", "components.puml"))
        .content().contains("Calendar", "Campaign", "Notification", "Registry");
  }
}
