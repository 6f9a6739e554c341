package kz.mse.registry.notification;

import java.util.UUID;
import kz.mse.registry.validation.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used when no SMS provider is configured: the notice is kept in the persistent outbox (the
 * {@code notification} table) and written to the log; nothing leaves the machine.
 */
class LogSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

  @Override
  public String name() {
    return "LOG";
  }

  @Override
  public String send(String to, String text) {
    String id = "log-" + UUID.randomUUID();
    log.info("SMS {} to {}: {}", id, PhoneNumbers.mask(to), text);
    return id;
  }
}
