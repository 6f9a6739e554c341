package kz.mse.registry.validation;

/**
 * Text as people write it: no control characters other than tab, line feed and carriage
 * return. A NUL is refused by PostgreSQL (a 500 if it got that far); the others garble SMS
 * and PDFs.
 */
public final class PlainText {

  private PlainText() {}

  public static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
