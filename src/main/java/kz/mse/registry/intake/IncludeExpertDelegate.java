package kz.mse.registry.intake;

import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R393-11, Appendix 1: writes the registry row. Not asynchronous on purpose: it runs in the
 * transaction that completes the Committee's task, so a completed task always has its row.
 */
@Component
class IncludeExpertDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final ApplicationProgress progress;
  private final RegistryService registry;
  private final WorkingDays workingDays;

  IncludeExpertDelegate(ApplicationService applications, ApplicationProgress progress,
      RegistryService registry, WorkingDays workingDays) {
    this.applications = applications;
    this.progress = progress;
    this.registry = registry;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application a = applications.withoutDetails(AdmissionProcess.applicationId(execution));
    registry.include(new NewExpert(a.iin(), a.lastName(), a.firstName(),
        a.patronymic(), a.residence(), a.specialtyProfile(), a.nosologies(), a.phone(),
        a.email(), a.language(), a.id(), workingDays.today()));
    progress.included(a.id()); // the inclusion SMS reads the date from the registry row
  }
}
