package kz.mse.registry.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The automated part of the review (R393-7.1): proposed refusal reasons, in API codes. */
@Component
class DocumentCheck {

  /** R393-5.4: training is not required after more than 5 years of MSE work. */
  static final int MSE_PRACTICE_EXEMPTION_YEARS = 5;

  private final StateRegistries stateRegistries;

  DocumentCheck(StateRegistries stateRegistries) {
    this.stateRegistries = stateRegistries;
  }

  List<String> proposedRefusalReasons(Application application, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
    application.documents().forEach(d -> present.add(d.type()));
    // R393-5.1..5: the set must be complete
    missing(present, DocumentType.DIPLOMA, reasons);
    missing(present, DocumentType.EXPERIENCE, reasons);
    if (!trainingExempt(application) && !hasRecentTraining(application, today)) {
      reasons.add("MSE_TRAINING_MISSING");
    }
    missing(present, DocumentType.CLINICAL_CERTIFICATE, reasons);
    missing(present, DocumentType.MAB_SCREENSHOT, reasons);
    // R393-7.1: validity period; Appendix 4 names identity and certificate
    if (expired(application, DocumentType.IDENTITY, today)) {
      reasons.add("IDENTITY_EXPIRED");
    }
    if (expired(application, DocumentType.CLINICAL_CERTIFICATE, today)) {
      reasons.add("CLINICAL_CERTIFICATE_EXPIRED");
    }
    // R393-6.5-7 through the e-government gateway
    Set<String> findings = stateRegistries.findings(application.iin());
    for (String code : List.of("PSYCHIATRIC_REGISTRATION", "NARCOLOGY_REGISTRATION",
        "CRIMINAL_RECORD")) {
      if (findings.contains(code)) {
        reasons.add(code);
      }
    }
    return reasons;
  }

  private static void missing(Set<DocumentType> present, DocumentType type,
      List<String> reasons) {
    if (!present.contains(type)) {
      reasons.add(type.name() + "_MISSING");
    }
  }

  private static boolean trainingExempt(Application application) {
    return application.msePracticeYears() != null
        && application.msePracticeYears() > MSE_PRACTICE_EXEMPTION_YEARS;
  }

  /** R393-5.4: at least one training document issued within the last 5 years (or undated). */
  private static boolean hasRecentTraining(Application application, LocalDate today) {
    return application.documents().stream()
        .filter(d -> d.type() == DocumentType.MSE_TRAINING)
        .anyMatch(d -> d.issuedOn() == null || !d.issuedOn().isBefore(today.minusYears(5)));
  }

  private static boolean expired(Application application, DocumentType type, LocalDate today) {
    return application.documents().stream()
        .filter(d -> d.type() == type)
        .anyMatch(d -> d.validUntil() != null && d.validUntil().isBefore(today));
  }
}
