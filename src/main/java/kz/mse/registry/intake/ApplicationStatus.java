package kz.mse.registry.intake;

/** Where an application stands in the admission lifecycle (R393-7..11). */
public enum ApplicationStatus {
  UNDER_REVIEW, REFUSED_AT_REVIEW, TESTING, REFUSED_AFTER_TEST, AWAITING_DECISION,
  REFUSED_AT_DECISION, AWAITING_SIGNATURE, REFUSED_UNSIGNED, AWAITING_REGISTRY_ENTRY, INCLUDED;

  public boolean inProgress() {
    return !name().startsWith("REFUSED") && this != INCLUDED;
  }
}
