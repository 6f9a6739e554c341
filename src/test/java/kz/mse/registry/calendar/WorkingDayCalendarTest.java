package kz.mse.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The Kazakhstan working-day calendar against the facts of RULES.md "Working days". */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(
      DaysOffFile.read(new ClassPathResource("calendar/kazakhstan-days-off.yml")));

  @Test
  void nonWorkingWeekdaysOf2025() {
    assertThat(weekdaysOff(2025)).containsExactly(
        "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21",
        "2025-03-24", "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06",
        "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16");
  }

  @Test
  void sundayJanuary5Of2025WasAWorkingDayByTransfer() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 5))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 4))).isFalse();
  }

  @Test
  void nonWorkingWeekdaysOf2026() {
    assertThat(weekdaysOff(2026)).containsExactly(
        "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24",
        "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
        "2026-08-31", "2026-10-26", "2026-12-16");
  }

  @Test
  void everyWeekendDayIsOffExceptTransferredOnes() {
    long weekendDays2026 = calendar.nonWorkingDays(2026).stream()
        .filter(d -> d.getDayOfWeek().getValue() >= 6).count();
    assertThat(weekendDays2026).isEqualTo(104);
  }

  @Test
  void january7AndKurbanAitAreNeverMoved() {
    // 2029-01-07 is a Sunday: no day off is added on Monday 2029-01-08.
    assertThat(LocalDate.of(2029, 1, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 8))).isTrue();
  }

  @Test
  void theRulesWorkForAYearWithoutData() {
    // 2028: Mar 8 Wed; Mar 21-23 Tue-Thu; May 9 Tue; Aug 30 Wed; Oct 25 Wed; Dec 16 Sat -> Mon 18
    assertThat(calendar.hasFactsFor(2028)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 12, 18))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 3, 22))).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      // API.md example, across Nauryz 2026 (Mar 21-25)
      "2026-03-20, 5, 2026-04-01",
      // the May holidays 2026 (May 7, May 9 moved to May 11)
      "2026-05-06, 2, 2026-05-12",
      // across the New Year 2026 (Jan 1, 2 and Jan 7)
      "2025-12-30, 3, 2026-01-06",
      "2025-12-31, 5, 2026-01-12",
      // a transfer: 2025-01-03 off, Sunday 2025-01-05 working
      "2024-12-31, 1, 2025-01-05",
      // starting on a non-working day: counting starts on the next working day
      "2026-03-22, 1, 2026-03-26",
      "2026-11-21, 3, 2026-11-25",
      // Kurban Ait 2026
      "2026-05-26, 1, 2026-05-28",
      "2026-11-23, 0, 2026-11-23"
  })
  void workingDayDeadlines(LocalDate from, int days, LocalDate deadline) {
    assertThat(calendar.addWorkingDays(from, days)).isEqualTo(deadline);
  }

  @Test
  void negativeOrHugeCountsAreRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), 10_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> weekdaysOff(int year) {
    return calendar.nonWorkingDays(year).stream()
        .filter(d -> d.getDayOfWeek().getValue() <= 5)
        .map(LocalDate::toString)
        .toList();
  }
}
