package kz.mse.registry.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calendar endpoints of API.md, for any authenticated user. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  record Deadline(LocalDate from, int days, LocalDate deadline) {}

  record NonWorkingDays(int year, List<LocalDate> days) {}

  private final WorkingDayCalendar calendar;

  CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/working-days")
  Deadline workingDays(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @Min(0) @Max(WorkingDayCalendar.MAX_WORKING_DAYS) int days) {
    return new Deadline(from, days, calendar.addWorkingDays(from, days));
  }

  @GetMapping("/{year}/non-working-days")
  NonWorkingDays nonWorkingDays(@PathVariable @Min(1992) @Max(2100) int year) {
    return new NonWorkingDays(year, List.copyOf(calendar.nonWorkingDays(year)));
  }
}
