package kz.mse.registry.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Renders a template in Kazakh or Russian with the person's name and the reasons in words. */
@Component
public class SmsTexts {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
    Object[] args = {request.fullName(), reasons, readable(request.detail())};
    return bundle.getMessage("sms." + request.template().name(), args, locale);
  }

  /**
   * A detail that is an ISO date (2026-03-20) as people in Kazakhstan write dates in both
   * languages (20.03.2026); periods, scores and other details as they are.
   */
  static String readable(String detail) {
    if (detail == null) {
      return "";
    }
    if (!ISO_DATE.matcher(detail).matches()) {
      return detail;
    }
    return LocalDate.parse(detail).format(DAY_MONTH_YEAR);
  }

  /** UCS-2 segments: 70 characters fit in one, 67 per segment when split. */
  public static int segments(String text) {
    int length = text.length();
    return length <= 70 ? 1 : (length + 66) / 67;
  }
}
