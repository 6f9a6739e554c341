package kz.mse.registry.intake;

import java.util.Set;

/**
 * Port to the state information systems queried through the e-government gateway (R393-6.5-7):
 * psychiatric and narcology registration and criminal record of a person.
 */
public interface StateRegistries {

  /** Findings as refusal reason codes: PSYCHIATRIC_REGISTRATION, NARCOLOGY_REGISTRATION, CRIMINAL_RECORD. */
  Set<String> findings(String iin);
}
