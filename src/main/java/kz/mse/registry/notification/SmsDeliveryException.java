package kz.mse.registry.notification;

/** The provider did not accept an SMS; {@code permanent} when retrying can never help. */
public class SmsDeliveryException extends RuntimeException {

  private final boolean permanent;

  public SmsDeliveryException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
