package kz.mse.registry.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sms.twilio.*} (API.md "Twilio configuration"); also from SMS_TWILIO_ACCOUNT_SID,
 * SMS_TWILIO_AUTH_TOKEN, SMS_TWILIO_FROM, SMS_TWILIO_API_BASE_URL.
 */
@ConfigurationProperties("sms.twilio")
record TwilioProperties(
    String accountSid,
    String authToken,
    String from,
    String apiBaseUrl,
    Duration connectTimeout,
    Duration readTimeout) {

  TwilioProperties {
    apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "https://api.twilio.com" : apiBaseUrl;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
  }

  boolean configured() {
    return accountSid != null && !accountSid.isBlank();
  }
}
