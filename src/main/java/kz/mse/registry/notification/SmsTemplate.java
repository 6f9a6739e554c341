package kz.mse.registry.notification;

/** Every SMS the product sends; the texts are in messages/sms_{kk,ru}.properties. */
public enum SmsTemplate {
  /** Appendix 3 of Order 393: invitation to the test (R393-7.2). */
  TEST_INVITATION,
  /** Appendix 4: the application is not accepted, with reasons (R393-7.3). */
  APPLICATION_REFUSED,
  /** Appendix 5: inclusion refused after the test, by decision or unsigned contract. */
  INCLUSION_REFUSED,
  /** The expert was entered into the registry (R393-11). */
  REGISTRY_INCLUDED,
  /** The expert was excluded from the registry (R393-13). */
  EXPERT_EXCLUDED,
  /** The expert's own exclusion request (Appendix 6) was rejected. */
  EXCLUSION_REQUEST_REJECTED,
  /** A monthly or yearly evaluation result was published (R408-7). */
  EVALUATION_PUBLISHED,
  /** A complaint about an evaluation was upheld (R408-9). */
  COMPLAINT_UPHELD,
  /** A complaint about an evaluation was rejected (R408-9). */
  COMPLAINT_REJECTED
}
