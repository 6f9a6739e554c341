package kz.mse.registry.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kazakhstan working-day calendar (RULES.md "Working days"): weekends, the fixed public
 * holidays, a holiday on a weekend moved to the next working day, Jan 7 and the first day of
 * Kurban Ait never moved, and the yearly ministerial transfers taken from data.
 */
public class WorkingDayCalendar {

  private static final List<MonthDay> MOVABLE_HOLIDAYS = List.of(
      MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(3, 8),
      MonthDay.of(3, 21), MonthDay.of(3, 22), MonthDay.of(3, 23),
      MonthDay.of(5, 1), MonthDay.of(5, 7), MonthDay.of(5, 9),
      MonthDay.of(7, 6), MonthDay.of(8, 30), MonthDay.of(10, 25), MonthDay.of(12, 16));
  private static final MonthDay ORTHODOX_CHRISTMAS = MonthDay.of(1, 7);
  /** Deadlines never count more than this many working days; guards the day-by-day walk. */
  static final int MAX_WORKING_DAYS = 366;

  private final Map<Integer, YearFacts> facts;
  private final Map<Integer, NavigableSet<LocalDate>> nonWorkingByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar(Map<Integer, YearFacts> facts) {
    this.facts = Map.copyOf(facts);
  }

  public boolean hasFactsFor(int year) {
    return facts.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    return !nonWorkingDays(day.getYear()).contains(day);
  }

  /** Every Saturday, Sunday, holiday and moved day off of the year, sorted. */
  public NavigableSet<LocalDate> nonWorkingDays(int year) {
    return nonWorkingByYear.computeIfAbsent(year, this::computeNonWorkingDays);
  }

  /**
   * "Within N working days after the day X": counting starts on the first working day after
   * {@code day}; the result is the N-th working day (the last day allowed).
   */
  public LocalDate addWorkingDays(LocalDate day, int workingDays) {
    if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS);
    }
    LocalDate current = day;
    int counted = 0;
    while (counted < workingDays) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  private NavigableSet<LocalDate> computeNonWorkingDays(int year) {
    NavigableSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isWeekend(d)) {
        days.add(d);
      }
    }
    YearFacts yearFacts = facts.getOrDefault(year, YearFacts.none());
    days.add(ORTHODOX_CHRISTMAS.atYear(year));
    if (yearFacts.kurbanAit() != null) {
      days.add(yearFacts.kurbanAit());
    }
    for (MonthDay holiday : MOVABLE_HOLIDAYS) {
      days.add(holiday.atYear(year));
    }
    // Moving after all holidays are known keeps a moved day off a day that is already off.
    for (MonthDay holiday : MOVABLE_HOLIDAYS) {
      LocalDate date = holiday.atYear(year);
      if (isWeekend(date)) {
        days.add(nextFreeWeekday(date, days));
      }
    }
    for (YearFacts.Transfer transfer : yearFacts.transfers()) {
      days.add(transfer.dayOff());
      days.remove(transfer.workingDay());
    }
    return java.util.Collections.unmodifiableNavigableSet(days);
  }

  private static LocalDate nextFreeWeekday(LocalDate from, NavigableSet<LocalDate> daysOff) {
    LocalDate candidate = from.plusDays(1);
    while (isWeekend(candidate) || daysOff.contains(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
