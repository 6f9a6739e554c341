package kz.mse.registry.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R408-7: SMS to every expert evaluated in {@code period}. */
@Component
class PublishResultsDelegate implements JavaDelegate {

  private final EvaluationPublisher publisher;

  PublishResultsDelegate(EvaluationPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publisher.publish(Period.parse((String) execution.getVariable("period"), "period"));
  }
}
