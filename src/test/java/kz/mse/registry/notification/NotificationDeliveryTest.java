package kz.mse.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox with the Twilio gateway against a stub: retries deliver exactly once, a notice
 * whose provider id is known is never sent again, a permanent refusal is kept as failed, and
 * an admin can retry it.
 */
@RegistryTest
class NotificationDeliveryTest {

  @Autowired NotificationRepository repository;
  @Autowired SmsTexts texts;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired TestRestTemplate rest;

  private final TwilioStub stub = newStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void failedAttemptsAreRetriedAndTheSmsGoesOutExactlyOnce() {
    NotificationService service = service();
    SmsRequest request = request();
    stub.failuresLeft.set(100);

    assertThatThrownBy(() -> service.send(request)).isInstanceOf(SmsDeliveryException.class);
    Notification kept = repository.findByDedupeKey(request.dedupeKey()).orElseThrow();
    assertThat(kept.status()).isEqualTo(Notification.QUEUED);
    assertThat(kept.error()).contains("500");

    stub.failuresLeft.set(0);
    Notification sent = service.send(request);
    Notification again = service.send(request);

    assertThat(stub.acceptedCount()).isEqualTo(1);
    assertThat(sent.providerId()).isEqualTo("SM1stub").isEqualTo(again.providerId());
    assertThat(sent.status()).isEqualTo(Notification.SENT);
    assertThat(sent.gateway()).isEqualTo("TWILIO");
    assertThat(sent.attempts()).isEqualTo(2);
  }

  @Test
  void aPermanentRefusalIsKeptAsFailedAndNotRetriedUntilAnAdminDoes() {
    NotificationService service = service();
    SmsRequest request = request();
    stub.failuresLeft.set(1);
    stub.failureStatus = 400;
    stub.failureBody = "{\"code\":21211,\"message\":\"Invalid 'To'\",\"status\":400}";

    assertThatThrownBy(() -> service.send(request)).isInstanceOf(SmsDeliveryException.class);
    int calls = stub.received.size();
    assertThatThrownBy(() -> service.send(request))
        .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
    assertThat(stub.received).hasSize(calls);
    Notification failed = repository.findByDedupeKey(request.dedupeKey()).orElseThrow();
    assertThat(failed.status()).isEqualTo(Notification.FAILED);
    assertThat(failed.error()).contains("21211");

    Notification retried = service.retry(failed.id());
    assertThat(retried.status()).isEqualTo(Notification.SENT);
    assertThat(stub.acceptedCount()).isEqualTo(1);
    Notification stored = repository.findById(failed.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(Notification.SENT);
    assertThat(stored.providerId()).isEqualTo(retried.providerId()).isNotNull();
    assertThat(stored.attempts()).isEqualTo(failed.attempts() + 1);
    assertThat(stored.error()).isNull();
  }

  @Test
  void adminsSeeFailedNoticesAndOnlyAdminsMayRetry() {
    ResponseEntity<List> failed = rest.withBasicAuth("admin", "demo")
        .getForEntity("/api/notifications/failed", List.class);
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/api/notifications/failed",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/notifications/x/retry", null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "demo").postForEntity(
        "/api/notifications/unknown/retry", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity(
        "/api/notifications/failed?limit=0", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theCommitteeListsNoticesOfAnApplicationOrExpertAndMustSayWhich() {
    assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity(
        "/api/notifications?applicationId=none", List.class).getBody()).isEmpty();
    ResponseEntity<Map> neither = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/notifications", Map.class);
    assertThat(neither.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(neither.getBody().toString()).contains("applicationId");
    assertThat(rest.withBasicAuth("portal", "demo").getForEntity(
        "/api/notifications?applicationId=x", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/notifications?applicationId=x", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private NotificationService service() {
    TwilioSmsGateway gateway = TwilioSmsGateway.of(new TwilioProperties("AC1", "token",
        "+15005550006", stub.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(2)), null);
    return new NotificationService(repository, texts, gateway, transactionManager);
  }

  private static SmsRequest request() {
    return new SmsRequest("test:" + UUID.randomUUID(), "+77011234567", "kk",
        SmsTemplate.APPLICATION_REFUSED, "Сейтқали Әлия", List.of("DIPLOMA_MISSING"), null,
        UUID.randomUUID().toString(), null);
  }

  private static TwilioStub newStub() {
    try {
      return new TwilioStub();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
