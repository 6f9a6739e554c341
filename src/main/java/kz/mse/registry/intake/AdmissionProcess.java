package kz.mse.registry.intake;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Starts the expert-admission process of an application (business key = application id). */
@Component
public class AdmissionProcess {

  static final String PROCESS_KEY = "expert-admission";

  private final RuntimeService runtimeService;

  AdmissionProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * The first step is asynchronous: the caller's transaction only records the start. The
   * deadlines stay in the application row ({@link AdmissionDeadlines}).
   */
  void start(String applicationId) {
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, applicationId,
        Map.of("applicationId", applicationId));
  }

  /**
   * The application of a step: the business key. The {@code applicationId} variable (API.md)
   * holds the same; reading a variable would load all of the instance's variables.
   */
  public static String applicationId(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }
}
