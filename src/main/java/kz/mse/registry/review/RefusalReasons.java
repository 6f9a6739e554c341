package kz.mse.registry.review;

import java.util.List;

/** The reasons a reviewer may give (R393-7.3, Appendix 4). */
final class RefusalReasons {

  static final List<String> AT_REVIEW = List.of("DIPLOMA_MISSING", "EXPERIENCE_MISSING",
      "MSE_TRAINING_MISSING", "CLINICAL_CERTIFICATE_MISSING", "MAB_SCREENSHOT_MISSING",
      "IDENTITY_EXPIRED", "CLINICAL_CERTIFICATE_EXPIRED", "PSYCHIATRIC_REGISTRATION",
      "NARCOLOGY_REGISTRATION", "CRIMINAL_RECORD");

  private RefusalReasons() {}
}
