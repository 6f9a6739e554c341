package kz.mse.registry.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R393-4: moves the announcement to the status given by the step's input {@code targetStatus}
 * (ACCEPTING when acceptance opens, CLOSED after its last day).
 */
@Component
class AdvanceCampaignStatusDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  AdvanceCampaignStatusDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.advance((String) execution.getVariable("campaignId"),
        CampaignStatus.valueOf((String) execution.getVariable("targetStatus")));
  }
}
