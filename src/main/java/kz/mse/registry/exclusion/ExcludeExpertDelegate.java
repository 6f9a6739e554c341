package kz.mse.registry.exclusion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-13.3: the approved own application closes the registry row. */
@Component
class ExcludeExpertDelegate implements JavaDelegate {

  private final ExclusionService exclusions;

  ExcludeExpertDelegate(ExclusionService exclusions) {
    this.exclusions = exclusions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    exclusions.close((String) execution.getVariable("iin"), ExclusionGround.OWN_APPLICATION,
        (String) execution.getVariable("reason"), null);
  }
}
