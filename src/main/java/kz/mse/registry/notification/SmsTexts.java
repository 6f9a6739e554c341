package kz.mse.registry.notification;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Renders a template in Kazakh or Russian with the person's name and the reasons in words. */
@Component
public class SmsTexts {

  private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

  public SmsTexts() {
    bundle.setBasename("messages/sms");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
  }

  public String render(SmsRequest request) {
    Locale locale = Locale.forLanguageTag(request.language());
    String reasons = request.reasons().stream()
        .map(code -> bundle.getMessage("reason." + code, null, code, locale))
        .collect(Collectors.joining("; "));
    Object[] args = {request.fullName(), reasons, request.detail() == null ? "" : request.detail()};
    return bundle.getMessage("sms." + request.template().name(), args, locale);
  }

  /** UCS-2 segments: 70 characters fit in one, 67 per segment when split. */
  public static int segments(String text) {
    int length = text.length();
    return length <= 70 ? 1 : (length + 66) / 67;
  }
}
