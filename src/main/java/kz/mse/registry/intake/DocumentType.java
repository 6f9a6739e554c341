package kz.mse.registry.intake;

/** The electronic copies an application carries (R393-5, R393-6). */
public enum DocumentType {
  DIPLOMA, EXPERIENCE, CLINICAL_CERTIFICATE, MSE_TRAINING, MAB_SCREENSHOT, IDENTITY
}
