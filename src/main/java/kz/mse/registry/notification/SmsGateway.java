package kz.mse.registry.notification;

/** Hands one SMS to a provider. */
public interface SmsGateway {

  /** The gateway's name as stored with each notification. */
  String name();

  /**
   * Sends the text and returns the provider's message id.
   *
   * @throws SmsDeliveryException when the provider refused or could not be reached
   */
  String send(String to, String text);
}
