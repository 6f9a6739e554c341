package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/ and forms/ reach the classpath through the build and are deployed by the engine. */
@RegistryTest
class EngineDeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void deploysTheCamundaFormsOfFormsFolder() throws Exception {
    Resource form = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .filter(r -> r.getName().endsWith("review-application.form"))
        .findFirst().orElseThrow(() -> new AssertionError("review-application.form not deployed"));

    try (InputStream in = repositoryService.getResourceAsStream(form.getDeploymentId(),
        form.getName())) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"id\": \"form-review-application\"");
    }
  }
}
