package kz.mse.registry.bench;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The baseline for the lifecycle workload: the path of expert-admission that the benchmark
 * drives, element for element, with nothing inside. 5 service steps (4 asynchronous) with a
 * no-op delegate, 3 user tasks of which 2 carry a non-interrupting boundary timer, 2 receive
 * tasks each with an interrupting boundary timer (the test wait is entered twice: the retake
 * loops back), 3 exclusive gateways. Timers are dates 30 days out, from a bean like the
 * admission's deadlines, and never fire in the run. The Committee's two decisions are the
 * same input as the admission's: the tasks are completed with the variables API.md fixes
 * ({@link CommitteeInput}) and the gateways decide on them, as the admission's do. The test
 * outcome is no variable in the admission either: the retake gateway asks
 * {@link BareSteps#retake}.
 */
public final class BareLifecycleModel {

  static final String KEY = "bench-bare-lifecycle";
  static final String TEST_RESULT = "BenchTestResult";
  static final String SIGNED = "BenchSigned";
  /**
   * Timers are dates from a bean, as the admission's deadlines are. A duration ("P30D") would
   * cost the engine a {@code DatatypeFactory.newInstance()} per timer, a class-path scan that
   * took ~10 % of the bare model's CPU (JFR) and that the admission never pays.
   */
  static final String DUE = "${benchBareSteps.dueIn30Days()}";

  private BareLifecycleModel() {}

  static BpmnModelInstance build() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_Start");
    flow = service(flow, "Activity_CheckDocuments", true);
    flow = userTaskWithTimer(flow, "Activity_ReviewApplication", "Timer_ReviewOverdue");
    flow = gateway(flow, "Gateway_ReviewOutcome", "reviewOutcome", "REFUSE", "ACCEPT");
    flow = service(flow, "Activity_SendTestInvitationSms", true);
    flow = receiveWithTimer(flow, "Activity_AwaitTestResult", TEST_RESULT, "Timer_TestWindowEnds");
    flow = flow.exclusiveGateway("Gateway_TestOutcome")
        .condition("Retake", "${benchBareSteps.retake(execution)}")
        .connectTo("Activity_AwaitTestResult")
        .moveToNode("Gateway_TestOutcome")
        .condition("Passed", "${true}");
    flow = userTaskWithTimer(flow, "Activity_DecideInclusion", "Timer_DecisionOverdue");
    flow = gateway(flow, "Gateway_Decision", "decision", "REFUSE", "INCLUDE");
    flow = service(flow, "Activity_GenerateContract", true);
    flow = receiveWithTimer(flow, "Activity_AwaitSignature", SIGNED, "Timer_SigningDeadline");
    flow = flow.userTask("Activity_EnterIntoRegistry").camundaCandidateGroups("committee");
    flow = service(flow, "Activity_WriteRegistryEntry", false);
    flow = service(flow, "Activity_SendRegistryIncludedSms", true);
    return flow.endEvent("Event_Included").done();
  }

  private static AbstractFlowNodeBuilder<?, ?> service(AbstractFlowNodeBuilder<?, ?> flow,
      String id, boolean async) {
    var task = flow.serviceTask(id).camundaDelegateExpression("${benchNoopDelegate}");
    return async ? task.camundaAsyncBefore() : task;
  }

  /** A user task with a non-interrupting boundary timer leading to an escalation task. */
  private static AbstractFlowNodeBuilder<?, ?> userTaskWithTimer(
      AbstractFlowNodeBuilder<?, ?> flow, String id, String timerId) {
    var task = flow.userTask(id).camundaCandidateGroups("committee");
    task.boundaryEvent(timerId).cancelActivity(false).timerWithDate(DUE)
        .userTask(timerId + "Task").camundaCandidateGroups("committee").endEvent(timerId + "End");
    AbstractActivityBuilder<?, ?> back = task.moveToActivity(id);
    return back;
  }

  /** A receive task with an interrupting boundary timer that ends the instance. */
  private static AbstractFlowNodeBuilder<?, ?> receiveWithTimer(
      AbstractFlowNodeBuilder<?, ?> flow, String id, String message, String timerId) {
    var wait = flow.receiveTask(id).message(message);
    wait.boundaryEvent(timerId).timerWithDate(DUE).endEvent(timerId + "End");
    AbstractActivityBuilder<?, ?> back = wait.moveToActivity(id);
    return back;
  }

  /**
   * A gateway on a Committee decision, with the admission's conditions; the refusal branch
   * (never taken in the run) ends at once.
   */
  private static AbstractFlowNodeBuilder<?, ?> gateway(AbstractFlowNodeBuilder<?, ?> flow,
      String id, String variable, String refuse, String accept) {
    return flow.exclusiveGateway(id)
        .condition("Refuse", equals(variable, refuse)).endEvent(id + "Refused")
        .moveToNode(id).condition("Accept", equals(variable, accept));
  }

  private static String equals(String variable, String value) {
    return "${" + variable + " == \"" + value + "\"}";
  }

  /** The beans the bare model calls. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Steps {

    @Bean
    JavaDelegate benchNoopDelegate() {
      return execution -> { };
    }

    @Bean
    BareSteps benchBareSteps() {
      return new BareSteps();
    }
  }

  /** The beans of the bare model: its timers' dates and its retake gateway. */
  public static final class BareSteps {

    private final Set<String> retaken = ConcurrentHashMap.newKeySet();

    /** The timers' due date: 30 days out, never reached in a run. */
    public Date dueIn30Days() {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(30, ChronoUnit.DAYS));
    }

    /** True the first time an instance reaches the test gateway, like the real drive. */
    public boolean retake(DelegateExecution execution) {
      return retaken.add(execution.getProcessInstanceId());
    }
  }
}
