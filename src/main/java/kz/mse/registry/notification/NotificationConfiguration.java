package kz.mse.registry.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

  @Bean
  @ConditionalOnMissingBean(SmsGateway.class)
  SmsGateway logSmsGateway() {
    log.info("No SMS provider configured (sms.twilio.account-sid is empty): SMS are kept in the "
        + "notification outbox and logged, not sent");
    return new LogSmsGateway();
  }
}
