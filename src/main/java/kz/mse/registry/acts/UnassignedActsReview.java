package kz.mse.registry.acts;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R393-14: acts nobody could take go to the Committee as one task at a time
 * (bpmn/unassigned-acts.bpmn); a new instance starts only when none is open.
 */
@Component
class UnassignedActsReview {

  static final String PROCESS_KEY = "unassigned-acts";

  private final RuntimeService runtimeService;

  UnassignedActsReview(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void ensureOpen() {
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count() == 0) {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY);
    }
  }
}
