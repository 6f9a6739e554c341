package kz.mse.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Twilio's status callback: signature checked, statuses only move forward. */
@RegistryTest
class SmsStatusCallbackTest {

  private static final String TOKEN = "test-token";
  private static final String URL = "http://localhost/api/integrations/sms/status";

  @Autowired NotificationService notifications;
  @Autowired NotificationRepository repository;
  @Autowired TestRestTemplate rest;

  @Test
  void signedCallbacksUpdateTheStatusAndNeverMoveItBackwards() {
    Notification sms = queued();

    assertThat(callback(sms.providerId(), "delivered", true).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status(sms)).isEqualTo("delivered");
    assertThat(callback(sms.providerId(), "sent", true).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status(sms)).isEqualTo("delivered");
  }

  @Test
  void invalidOrMissingSignaturesAre403AndChangeNothing() {
    Notification sms = queued();

    assertThat(callback(sms.providerId(), "delivered", false).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<Map> unsigned = rest.postForEntity("/api/integrations/sms/status",
        new HttpEntity<>(form(sms.providerId(), "delivered"), headers), Map.class);
    assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(sms)).isEqualTo(Notification.SENT);
  }

  @Test
  void unknownMessagesAndStatusesAreNamed() {
    assertThat(callback("SMunknown", "delivered", true).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> bad = callback(queued().providerId(), "teleported", true);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().toString()).contains("MessageStatus");
  }

  private Notification queued() {
    return notifications.send(new SmsRequest("callback:" + UUID.randomUUID(), "+77011234567",
        "ru", SmsTemplate.TEST_INVITATION, "Иванов Иван", List.of(), null,
        UUID.randomUUID().toString(), null));
  }

  private String status(Notification sms) {
    return repository.findById(sms.id()).orElseThrow().status();
  }

  private ResponseEntity<Map> callback(String sid, String status, boolean validSignature) {
    MultiValueMap<String, String> form = form(sid, status);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-Twilio-Signature", validSignature ? sign(form) : "bm90IGEgc2lnbmF0dXJl");
    return rest.postForEntity("/api/integrations/sms/status", new HttpEntity<>(form, headers),
        Map.class);
  }

  private static MultiValueMap<String, String> form(String sid, String status) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("MessageSid", sid);
    form.add("MessageStatus", status);
    form.add("AccountSid", "AC1");
    return form;
  }

  /** Twilio's algorithm: HMAC-SHA1 over the URL and the sorted name+value pairs, base64. */
  private static String sign(MultiValueMap<String, String> form) {
    StringBuilder data = new StringBuilder(URL);
    new TreeMap<>(form.toSingleValueMap()).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
