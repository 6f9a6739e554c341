package kz.mse.registry.intake;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The admission's copies of the candidate for the Committee's forms ({@link ReviewSheet}: name,
 * IIN, the review sheet with contacts and documents) stay out of the engine's history. The
 * application row is the record of them; in the history they were a second copy of personal
 * data, kept 180 days after the admission ended, and three rows written, stamped with their
 * removal time and deleted again per admission. While the admission runs they are ordinary
 * runtime variables: Tasklist shows and searches them as before.
 */
@Component
class FormCopiesOutOfHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Skipping(configuration.getHistoryEventHandler()));
  }

  static boolean isFormCopy(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && AdmissionProcess.PROCESS_KEY.equals(variable.getProcessDefinitionKey())
        && ReviewSheet.VARIABLES.contains(variable.getVariableName());
  }

  /** Passes every other event on to the handler the engine configured. */
  private record Skipping(HistoryEventHandler next) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isFormCopy(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      next.handleEvents(events.stream().filter(event -> !isFormCopy(event)).toList());
    }
  }
}
