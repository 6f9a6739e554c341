package kz.mse.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Process coverage that fails the build: records every flow node entered and every sequence
 * flow taken, per process definition key, so each model's process test can assert in its
 * {@code @AfterAll} that it covered the whole model ({@link #assertComplete}). Complements the
 * HTML reports of camunda-process-test-coverage (target/process-test-coverage/).
 * Imported by {@link RegistryTest}, not a scanned component, so the benchmarks' context
 * (which scans the same packages) runs the engine without these listeners.
 */
public class ProcessCoverage extends AbstractProcessEnginePlugin {

  private static final Set<String> COVERED = ConcurrentHashMap.newKeySet();

  private static final ExecutionListener RECORD = execution ->
      COVERED.add(keyOf(execution) + "#" + execution.getCurrentTransitionId());

  private static final ExecutionListener RECORD_NODE = execution ->
      COVERED.add(keyOf(execution) + "#" + execution.getCurrentActivityId());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        instrument(definition);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void instrument(ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      activity.addListener(ExecutionListener.EVENTNAME_START, RECORD_NODE);
      for (var transition : activity.getOutgoingTransitions()) {
        ((TransitionImpl) transition).addListener(ExecutionListener.EVENTNAME_TAKE, RECORD);
      }
      instrument(activity);
    }
  }

  /** The definition id is "key:version:uuid" only for short keys, so ask the definition. */
  private static String keyOf(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution)
        .getProcessDefinition().getKey();
  }

  /** Forgets what was covered of a model, so its process test proves coverage on its own. */
  public static void reset(String processKey) {
    COVERED.removeIf(entry -> entry.startsWith(processKey + "#"));
  }

  /** Fails unless every flow node and sequence flow of the latest model was covered. */
  public static void assertComplete(RepositoryService repositoryService, String processKey) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    Set<String> missing = new TreeSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!COVERED.contains(processKey + "#" + node.getId())) {
        missing.add(node.getId());
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!COVERED.contains(processKey + "#" + flow.getId())) {
        missing.add(flow.getId());
      }
    }
    assertThat(missing).as("elements of %s no test covered", processKey).isEmpty();
  }
}
