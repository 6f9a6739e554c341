package kz.mse.registry.bench;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The baseline for the lifecycle workload: the admission lifecycle's shape with nothing inside —
 * the same user tasks (review, decision, registry entry), message waits (test attempt twice,
 * signature) each guarded by a boundary timer that never fires in the run, and async no-op
 * service steps (document check, invitation SMS, retake SMS, registry entry, inclusion SMS).
 */
final class BareLifecycleModel {

  static final String KEY = "bench-bare-lifecycle";
  static final String TEST_RESULT = "BenchTestResult";
  static final String SIGNED = "BenchSigned";

  private BareLifecycleModel() {}

  static BpmnModelInstance build() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_Start");
    flow = asyncNoop(flow, "Activity_CheckDocuments");
    flow = flow.userTask("Activity_ReviewApplication").camundaCandidateGroups("committee");
    flow = asyncNoop(flow, "Activity_SendTestInvitation");
    flow = guardedWait(flow, "Event_FirstAttempt", TEST_RESULT, "Timer_FirstAttempt");
    flow = asyncNoop(flow, "Activity_SendRetakeInvitation");
    flow = guardedWait(flow, "Event_Retake", TEST_RESULT, "Timer_Retake");
    flow = flow.userTask("Activity_DecideInclusion").camundaCandidateGroups("committee");
    flow = asyncNoop(flow, "Activity_SendContract");
    flow = guardedWait(flow, "Event_Signed", SIGNED, "Timer_Signing");
    flow = flow.userTask("Activity_EnterIntoRegistry").camundaCandidateGroups("committee");
    flow = asyncNoop(flow, "Activity_IncludeIntoRegistry");
    flow = asyncNoop(flow, "Activity_SendInclusionSms");
    return flow.endEvent("Event_Included").done();
  }

  private static AbstractFlowNodeBuilder<?, ?> asyncNoop(AbstractFlowNodeBuilder<?, ?> flow, String id) {
    return flow.serviceTask(id).camundaAsyncBefore().camundaExpression("${true}");
  }

  /** A receive task with an interrupting boundary timer 30 days out that ends the instance. */
  private static AbstractFlowNodeBuilder<?, ?> guardedWait(AbstractFlowNodeBuilder<?, ?> flow,
      String id, String message, String timerId) {
    var wait = flow.receiveTask(id).message(message);
    wait.boundaryEvent(timerId).timerWithDuration("P30D").endEvent(timerId + "End");
    org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder<?, ?> back = wait.moveToActivity(id);
    return back;
  }
}
