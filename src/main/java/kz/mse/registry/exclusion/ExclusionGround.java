package kz.mse.registry.exclusion;

/** The six grounds of R393-13, in its order. */
public enum ExclusionGround {
  /** R393-13.1: the monthly or yearly evaluation under Order 408. */
  EVALUATION_RESULT,
  /** R393-13.2: more than 3 missed plans; the IIN may never be included again. */
  PLAN_NOT_MET,
  /** R393-13.3: the expert's own application (Appendix 6). */
  OWN_APPLICATION,
  /** R393-13.4: declared legally incapable or of limited capacity by a court. */
  COURT_INCAPACITY,
  /** R393-13.5: left Kazakhstan for permanent residence abroad. */
  EMIGRATION,
  /** R393-13.6: death. */
  DEATH;

  public boolean barsReinclusion() {
    return this == PLAN_NOT_MET;
  }
}
