package kz.mse.registry.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a failed SMS step is retried before it becomes an incident in Cockpit. BPMN send
 * steps use it as {@code camunda:failedJobRetryTimeCycle="${smsRetryPolicy.cycle}"}.
 * Default: 5 tries about 6 minutes apart (about 30 minutes in all).
 */
@Component("smsRetryPolicy")
public class SmsRetryPolicy {

  private final String cycle;

  SmsRetryPolicy(@Value("${sms.retry.cycle:R5/PT6M}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
