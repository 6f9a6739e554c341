package kz.mse.registry.campaign;

import java.time.LocalDate;

/** Where an announcement stands (R393-4): applications are accepted only while ACCEPTING. */
public enum CampaignStatus {
  ANNOUNCED,
  ACCEPTING,
  CLOSED;

  static CampaignStatus on(LocalDate day, LocalDate acceptanceFrom, LocalDate acceptanceTo) {
    if (day.isBefore(acceptanceFrom)) {
      return ANNOUNCED;
    }
    return day.isAfter(acceptanceTo) ? CLOSED : ACCEPTING;
  }
}
