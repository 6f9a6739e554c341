package kz.mse.registry.evaluation;

import java.time.LocalDate;

/** One expert conclusion as CBDI feeds it (API.md "Evaluation", R408-4 symbols). */
record Conclusion(
    String conclusionId,
    String expertIin,
    LocalDate issuedOn,
    boolean timely,
    boolean disabilityRecognized,
    Boolean groupMatchesLimitations,
    boolean osiPrimary,
    Boolean gwcSetAtPrimary,
    boolean priorGwc,
    Boolean gwcSetAtReexam,
    Boolean iprSocialPartDeveloped) {}
