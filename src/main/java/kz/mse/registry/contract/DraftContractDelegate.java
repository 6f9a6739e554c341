package kz.mse.registry.contract;

import kz.mse.registry.intake.AdmissionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R393-10: drafts the contract, sends it for signing and sets the signing deadline. */
@Component
class DraftContractDelegate implements JavaDelegate {

  private final ContractService contracts;

  DraftContractDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contracts.draftAndSend(AdmissionProcess.applicationId(execution));
  }
}
