package kz.mse.registry.calendar;

import java.time.LocalDate;
import java.util.List;

/** One year's published facts: the first day of Kurban Ait and the ministerial transfers. */
record YearFacts(LocalDate kurbanAit, List<Transfer> transfers) {

  record Transfer(LocalDate dayOff, LocalDate workingDay) {}

  static YearFacts none() {
    return new YearFacts(null, List.of());
  }
}
