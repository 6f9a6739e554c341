package kz.mse.registry.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(TwilioProperties.class)
class NotificationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

  /** Twilio when an account SID is configured, otherwise the outbox/log gateway. */
  @Bean
  SmsGateway smsGateway(TwilioProperties twilio,
      @Value("${sms.status-callback-url:}") String statusCallbackUrl) {
    if (twilio.configured()) {
      log.info("SMS are sent through Twilio ({}), from {}", twilio.apiBaseUrl(), twilio.from());
      return TwilioSmsGateway.of(twilio, statusCallbackUrl);
    }
    log.info("No SMS provider configured (sms.twilio.account-sid is empty): SMS are kept in the "
        + "notification outbox and logged, not sent");
    return new LogSmsGateway();
  }
}
