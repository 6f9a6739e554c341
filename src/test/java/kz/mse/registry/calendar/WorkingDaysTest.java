package kz.mse.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The BPMN-facing bean: deadlines are the end of the last day in Asia/Almaty. */
class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays(new WorkingDayCalendar(
      DaysOffFile.read(new ClassPathResource("calendar/kazakhstan-days-off.yml"))));

  @Test
  void deadlineIsTheEndOfTheNthWorkingDayInAlmaty() {
    // 2026-03-20 21:00 UTC is already 2026-03-21 (Saturday) in Almaty.
    Date submitted = Date.from(Instant.parse("2026-03-20T21:00:00Z"));

    Date due = workingDays.deadline(submitted, 5);

    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-04-01T18:59:59Z"));
  }

  @Test
  void calendarDeadlineCountsEveryDay() {
    Date smsSent = Date.from(Instant.parse("2026-03-20T06:00:00Z"));

    assertThat(workingDays.calendarDeadline(smsSent, 10).toInstant())
        .isEqualTo(Instant.parse("2026-03-30T18:59:59Z"));
  }

  @Test
  void dayBoundariesAreAlmatyDays() {
    assertThat(WorkingDays.toDate(Date.from(Instant.parse("2026-03-20T19:00:00Z"))))
        .isEqualTo(LocalDate.of(2026, 3, 21));
    assertThat(WorkingDays.startOf(LocalDate.of(2026, 3, 21)).toInstant())
        .isEqualTo(Instant.parse("2026-03-20T19:00:00Z"));
  }

  @Test
  void endOfDayOfAnIsoDate_forTimersOfOlderAdmissionVersions() {
    assertThat(workingDays.endOfDay("2026-03-27").toInstant())
        .isEqualTo(Instant.parse("2026-03-27T18:59:59Z"));
  }
}
