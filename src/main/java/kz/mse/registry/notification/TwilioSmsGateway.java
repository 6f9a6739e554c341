package kz.mse.registry.notification;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.Set;

/** Sends SMS through Twilio's Messages API (twilio-java). */
class TwilioSmsGateway implements SmsGateway {

  /** Twilio errors that no retry can fix: invalid or unreachable numbers, opted out. */
  private static final Set<Integer> PERMANENT_CODES = Set.of(21211, 21408, 21610, 21612, 21614);

  private final TwilioRestClient client;
  private final String from;
  private final URI statusCallback;

  TwilioSmsGateway(TwilioRestClient client, String from, String statusCallbackUrl) {
    this.client = client;
    this.from = from;
    this.statusCallback = statusCallbackUrl == null || statusCallbackUrl.isBlank()
        ? null : URI.create(statusCallbackUrl);
  }

  static TwilioSmsGateway of(TwilioProperties properties, String statusCallbackUrl) {
    TwilioRestClient client = new TwilioRestClient.Builder(properties.accountSid(),
        properties.authToken())
        .httpClient(new BaseUrlTwilioHttpClient(properties.apiBaseUrl(),
            properties.connectTimeout(), properties.readTimeout()))
        .build();
    return new TwilioSmsGateway(client, properties.from(), statusCallbackUrl);
  }

  @Override
  public String name() {
    return "TWILIO";
  }

  @Override
  public String send(String to, String text) {
    MessageCreator creator = Message.creator(new PhoneNumber(to), new PhoneNumber(from), text);
    if (statusCallback != null) {
      creator.setStatusCallback(statusCallback);
    }
    try {
      return creator.create(client).getSid();
    } catch (ApiConnectionException e) {
      throw new SmsDeliveryException("Twilio not reachable: " + e.getMessage(), false, e);
    } catch (ApiException e) {
      throw new SmsDeliveryException("Twilio refused the SMS (HTTP " + e.getStatusCode()
          + ", code " + e.getCode() + "): " + e.getMessage(), isPermanent(e), e);
    }
  }

  private static boolean isPermanent(ApiException e) {
    Integer status = e.getStatusCode();
    Integer code = e.getCode();
    if (code != null && PERMANENT_CODES.contains(code)) {
      return true;
    }
    return status != null && (status == 400 || status == 401 || status == 403 || status == 404);
  }
}
