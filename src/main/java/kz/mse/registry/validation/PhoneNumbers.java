package kz.mse.registry.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Kazakhstan mobile numbers through libphonenumber. +7 is shared with Russia, so the number must
 * be valid for the KZ region and of mobile type (operator codes 700-708, 747, 760-764, 771,
 * 775-778, 785).
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  public static boolean isKazakhMobile(String text) {
    return parseKazakhMobile(text).isPresent();
  }

  /** The E.164 form ({@code +77011234567}); throws for a number that is not a KZ mobile. */
  public static String toE164(String text) {
    return parseKazakhMobile(text)
        .map(number -> UTIL.format(number, PhoneNumberFormat.E164))
        .orElseThrow(() -> new IllegalArgumentException("not a Kazakhstan mobile number"));
  }

  /** For logs: {@code +7701***4567}. */
  public static String mask(String e164) {
    if (e164 == null || e164.length() < 9) {
      return "***";
    }
    return e164.substring(0, 5) + "***" + e164.substring(e164.length() - 4);
  }

  /** Any Kazakhstan number, landline or mobile (the Committee's phones). */
  public static boolean isKazakhNumber(String text) {
    return parseKazakh(text).isPresent();
  }

  private static Optional<PhoneNumber> parseKazakhMobile(String text) {
    return parseKazakh(text).filter(number -> UTIL.getNumberType(number) == PhoneNumberType.MOBILE);
  }

  private static Optional<PhoneNumber> parseKazakh(String text) {
    if (text == null || text.isBlank() || text.length() > 32) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(text, "KZ");
      return UTIL.isValidNumberForRegion(number, "KZ") ? Optional.of(number) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
