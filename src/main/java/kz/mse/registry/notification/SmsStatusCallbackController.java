package kz.mse.registry.notification;

import com.twilio.security.RequestValidator;
import java.util.Map;
import java.util.TreeMap;
import kz.mse.registry.system.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's status callback. Authenticated by {@code X-Twilio-Signature}, validated with the
 * auth token against the configured public URL {@code sms.status-callback-url}: without a
 * valid signature (or without Twilio configured) the answer is 403 and nothing changes.
 */
@RestController
class SmsStatusCallbackController {

  private final NotificationService notifications;
  private final String authToken;
  private final String callbackUrl;

  SmsStatusCallbackController(NotificationService notifications,
      @Value("${sms.twilio.auth-token:}") String authToken,
      @Value("${sms.status-callback-url:}") String callbackUrl) {
    this.notifications = notifications;
    this.authToken = authToken;
    this.callbackUrl = callbackUrl;
  }

  @PostMapping(path = "/api/integrations/sms/status",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<?> status(@RequestParam MultiValueMap<String, String> form,
      @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
    if (!validSignature(form, signature)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
              "Missing or invalid X-Twilio-Signature"));
    }
    String sid = form.getFirst("MessageSid");
    if (sid == null || sid.isBlank()) {
      throw ApiException.badInput("MessageSid", "is required");
    }
    if (!notifications.recordDeliveryStatus(sid, form.getFirst("MessageStatus"),
        form.getFirst("ErrorCode"))) {
      throw ApiException.notFound("No notification with provider id " + sid);
    }
    return ResponseEntity.noContent().build();
  }

  private boolean validSignature(MultiValueMap<String, String> form, String signature) {
    if (signature == null || authToken.isBlank() || callbackUrl.isBlank()) {
      return false;
    }
    Map<String, String> params = new TreeMap<>();
    form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
    return new RequestValidator(authToken).validate(callbackUrl, params, signature);
  }
}
