package kz.mse.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** twilio-java against a local stub reached through sms.twilio.api-base-url. */
class TwilioSmsGatewayTest {

  private final TwilioStub stub = newStub();
  private final TwilioSmsGateway gateway = TwilioSmsGateway.of(new TwilioProperties(
      "AC0123456789abcdef0123456789abcdef", "secret-token", "+15005550006", stub.baseUrl(),
      Duration.ofSeconds(2), Duration.ofSeconds(2)),
      "https://mse.example.kz/api/integrations/sms/status");

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void postsTheMessageWithBasicAuthAndAllFields() {
    String text = "Құрметті Әбдірахманова Гүлнұр! ә ғ қ ң ө ұ ү һ і — Уважаемая";

    String sid = gateway.send("+77011234567", text);

    assertThat(sid).isEqualTo("SM1stub");
    TwilioStub.Received call = stub.received.get(0);
    assertThat(call.path())
        .isEqualTo("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json");
    assertThat(call.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
        "AC0123456789abcdef0123456789abcdef:secret-token".getBytes(StandardCharsets.UTF_8)));
    assertThat(call.form()).containsEntry("To", "+77011234567")
        .containsEntry("From", "+15005550006").containsEntry("Body", text)
        .containsEntry("StatusCallback", "https://mse.example.kz/api/integrations/sms/status");
  }

  @Test
  void serverErrorsAreWorthRetrying() {
    // twilio-java itself retries a 5xx a few times before giving up
    stub.failuresLeft.set(100);

    assertThatThrownBy(() -> gateway.send("+77011234567", "text"))
        .isInstanceOfSatisfying(SmsDeliveryException.class,
            e -> assertThat(e.isPermanent()).isFalse());
  }

  @Test
  void anInvalidNumberFailsAtOnceForGood() {
    stub.failuresLeft.set(1);
    stub.failureStatus = 400;
    stub.failureBody = "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone "
        + "number.\",\"status\":400}";

    assertThatThrownBy(() -> gateway.send("+77011234567", "text"))
        .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
          assertThat(e.isPermanent()).isTrue();
          assertThat(e.getMessage()).contains("21211");
        });
  }

  @Test
  void anUnreachableProviderIsWorthRetrying() {
    TwilioSmsGateway unreachable = TwilioSmsGateway.of(new TwilioProperties("AC1", "t",
        "+15005550006", "http://127.0.0.1:9", Duration.ofMillis(500), Duration.ofMillis(500)),
        null);

    assertThatThrownBy(() -> unreachable.send("+77011234567", "text"))
        .isInstanceOfSatisfying(SmsDeliveryException.class,
            e -> assertThat(e.isPermanent()).isFalse());
  }

  private static TwilioStub newStub() {
    try {
      return new TwilioStub();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
