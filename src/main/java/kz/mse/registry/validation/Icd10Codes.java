package kz.mse.registry.validation;

import java.util.Collection;
import java.util.regex.Pattern;

/** ICD-10 code format and coverage: a category covers itself and all its subcategories. */
public final class Icd10Codes {

  private static final Pattern CODE = Pattern.compile("[A-Z]\\d{2}(\\.\\d{1,2})?");

  private Icd10Codes() {}

  public static boolean isValid(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** The three-character category: {@code C50} for {@code C50.9}. */
  public static String category(String code) {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  /** {@code C50} covers {@code C50} and {@code C50.9}; {@code C50.9} covers only itself. */
  public static boolean covers(Collection<String> nosologies, String code) {
    return nosologies.contains(code) || nosologies.contains(category(code));
  }
}
