package kz.mse.registry.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * What an SMS step of a process sends, read from the step's extension properties
 * ({@code smsTemplate}; for reasons either {@code smsReasonsVariable}, the name of the
 * process variable holding the codes, or fixed {@code smsReasons}; for the template's detail
 * {@code smsDetail}, an expression such as
 * {@code ${registryService.includedOn(execution.processBusinessKey)}}).
 * Properties are part of the cached model: unlike input parameters they cost no variable rows
 * per send.
 */
public record SmsStep(SmsTemplate template, String reasonsVariable, String fixedReasons,
    Expression detailExpression) {

  /** Per process definition id and activity: a deployed definition never changes. */
  private static final Map<String, SmsStep> BY_STEP = new ConcurrentHashMap<>();

  public static SmsStep of(DelegateExecution execution) {
    String key = execution.getProcessDefinitionId() + "#" + execution.getCurrentActivityId();
    SmsStep step = BY_STEP.get(key);
    if (step == null) {
      // not computeIfAbsent: reading the model may open a new command (and connection), which
      // must never happen while other job threads wait on the map's lock
      step = read(execution);
      BY_STEP.putIfAbsent(key, step);
    }
    return step;
  }

  private static SmsStep read(DelegateExecution execution) {
    Map<String, String> properties = properties(execution.getBpmnModelElementInstance());
    String template = properties.get("smsTemplate");
    if (template == null) {
      throw new IllegalStateException("step " + execution.getCurrentActivityId()
          + " has no smsTemplate extension property");
    }
    String detail = properties.get("smsDetail");
    return new SmsStep(SmsTemplate.valueOf(template), properties.get("smsReasonsVariable"),
        properties.get("smsReasons"), detail == null ? null : Context
            .getProcessEngineConfiguration().getExpressionManager().createExpression(detail));
  }

  /** The reason codes' source: the named variable's value, else the fixed codes, else null. */
  public Object reasons(DelegateExecution execution) {
    return reasonsVariable != null ? execution.getVariable(reasonsVariable) : fixedReasons;
  }

  /** The template's {2} (a date, say): the value of {@code smsDetail}, or null. */
  public String detail(DelegateExecution execution) {
    Object value = detailExpression == null ? null : detailExpression.getValue(execution);
    return value == null ? null : value.toString();
  }

  private static Map<String, String> properties(FlowElement element) {
    Map<String, String> properties = new HashMap<>();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions != null) {
      extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
          .forEach(group -> group.getCamundaProperties()
              .forEach(p -> properties.put(p.getCamundaName(), p.getCamundaValue())));
    }
    return properties;
  }
}
