package kz.mse.registry.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;
import kz.mse.registry.system.ApiException;

/** A reporting period of Order 408: a month ("2026-10") or a year ("2026"). */
record Period(String value, YearMonth month, Year year) {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** Parses a period; a bad format is a 400 naming {@code field}. */
  static Period parse(String text, String field) {
    if (text != null && MONTH.matcher(text).matches()) {
      YearMonth month = YearMonth.parse(text);
      return new Period(text, month, Year.of(month.getYear()));
    }
    if (text != null && YEAR.matcher(text).matches()) {
      return new Period(text, null, Year.parse(text));
    }
    throw ApiException.badInput(field, "must be a month yyyy-MM or a year yyyy");
  }

  static Period of(YearMonth month) {
    return new Period(month.toString(), month, Year.of(month.getYear()));
  }

  static Period of(Year year) {
    return new Period(year.toString(), null, year);
  }

  boolean isMonth() {
    return month != null;
  }

  LocalDate firstDay() {
    return isMonth() ? month.atDay(1) : year.atDay(1);
  }

  LocalDate lastDay() {
    return isMonth() ? month.atEndOfMonth() : year.atMonth(12).atEndOfMonth();
  }

  /** A period can be evaluated once it has ended, by {@code today}. */
  boolean hasEnded(LocalDate today) {
    return lastDay().isBefore(today);
  }

  @Override
  public String toString() {
    return value;
  }
}
