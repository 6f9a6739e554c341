package kz.mse.registry.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines in Asia/Almaty for services and for BPMN expressions, e.g. a due date
 * {@code ${workingDays.deadline(now(), 5)}} or a timer {@code ${workingDays.calendarDeadline(
 * smsSentAt, 10)}}. A deadline is the end (23:59:59) of its last allowed day.
 */
@Component("workingDays")
public class WorkingDays {

  public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayCalendar calendar;

  public WorkingDays(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** End of the N-th working day after the day of {@code from} (R393 "N working days after"). */
  public Date deadline(Date from, int workingDays) {
    return endOf(deadlineDate(toDate(from), workingDays));
  }

  /** End of the day {@code from} + N calendar days (R393-7.2 "10 calendar days after"). */
  public Date calendarDeadline(Date from, int calendarDays) {
    return endOf(toDate(from).plusDays(calendarDays));
  }

  public LocalDate deadlineDate(LocalDate from, int workingDays) {
    return calendar.addWorkingDays(from, workingDays);
  }

  public boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day);
  }

  /** Today in Almaty by the engine clock, so tests that move the clock move "today" too. */
  public LocalDate today() {
    return toDate(ClockUtil.getCurrentTime());
  }

  /**
   * End of the day given as ISO text ({@code 2026-03-27}). The timers of expert-admission
   * versions deployed before 2026-12-01 call it ({@code ${workingDays.endOfDay(reviewDue)}});
   * newer ones use {@code admissionDeadlines}. Kept so instances still on those versions run on.
   */
  public Date endOfDay(String isoDate) {
    return endOf(LocalDate.parse(isoDate));
  }

  public static LocalDate toDate(Date instant) {
    return instant.toInstant().atZone(ALMATY).toLocalDate();
  }

  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(ALMATY).toInstant());
  }

  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ALMATY).toInstant());
  }
}
