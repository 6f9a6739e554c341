package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retry schedules of the asynchronous steps (a failing gateway, signing service or SMS
 * provider is retried on that schedule, then becomes an incident) are the ones the engine runs:
 * it reads {@code <camunda:failedJobRetryTimeCycle>} only as an extension element, never as an
 * attribute, and falls back to 3 immediate retries without a word.
 */
@RegistryTest
class RetryCyclesTest {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Autowired RepositoryService repositoryService;

  @Test
  void noModelWritesTheRetryCycleAsAnAttribute() throws IOException {
    for (Path model : models()) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      assertThat(bpmn.getModelElementsByType(FlowNode.class)).as(model.toString())
          .allSatisfy(node -> assertThat(
              node.getAttributeValueNs(CAMUNDA_NS, "failedJobRetryTimeCycle"))
              .as(node.getId()).isNull());
    }
  }

  @Test
  void theEngineRunsEveryScheduleTheModelsName() throws IOException {
    int schedules = 0;
    for (Path model : models()) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      String key = bpmn.getDefinitions().getChildElementsByType(
          org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
      ProcessDefinitionEntity deployed = (ProcessDefinitionEntity)
          ((RepositoryServiceImpl) repositoryService).getDeployedProcessDefinition(
              repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                  .latestVersion().singleResult().getId());
      for (CamundaFailedJobRetryTimeCycle cycle
          : bpmn.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
        String activity = ((FlowNode) cycle.getParentElement().getParentElement()).getId();
        FailedJobRetryConfiguration parsed = deployed.findActivity(activity).getProperties()
            .get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
        assertThat(parsed).as(key + "/" + activity).isNotNull();
        if (cycle.getTextContent().startsWith("${")) {
          assertThat(parsed.getExpression().getExpressionText())
              .isEqualTo(cycle.getTextContent());
        } else { // R<n>/<interval>
          assertThat(parsed.getRetries()).isEqualTo(Integer.parseInt(
              cycle.getTextContent().substring(1, cycle.getTextContent().indexOf('/'))));
        }
        schedules++;
      }
    }
    assertThat(schedules).as("the admission's and the evaluation's steps").isGreaterThan(10);
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
