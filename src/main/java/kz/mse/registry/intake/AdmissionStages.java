package kz.mse.registry.intake;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Status changes on the timer paths of expert-admission (bean {@code admissionStages}). */
@Component("admissionStages")
public class AdmissionStages {

  private final ApplicationProgress progress;

  AdmissionStages(ApplicationProgress progress) {
    this.progress = progress;
  }

  /** R393-9: no passed test inside the 10-calendar-day window. */
  public void testWindowExpired(DelegateExecution execution) {
    refuse(execution, ApplicationStatus.REFUSED_AFTER_TEST, "TEST_NOT_TAKEN",
        "testRefusalReasons");
  }

  /** R393-10: the contract was not signed within 3 working days. */
  public void signingDeadlinePassed(DelegateExecution execution) {
    refuse(execution, ApplicationStatus.REFUSED_UNSIGNED, "CONTRACT_NOT_SIGNED", null);
  }

  private void refuse(DelegateExecution execution, ApplicationStatus status, String reason,
      String variable) {
    progress.refuse(AdmissionProcess.applicationId(execution), status, List.of(reason));
    if (variable != null) {
      execution.setVariable(variable, AdmissionVariables.jsonList(List.of(reason)));
    }
  }
}
