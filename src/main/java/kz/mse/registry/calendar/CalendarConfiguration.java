package kz.mse.registry.calendar;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
class CalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(
      @Value("${registry.calendar.days-off-file:classpath:calendar/kazakhstan-days-off.yml}")
      Resource daysOffFile) {
    WorkingDayCalendar calendar = new WorkingDayCalendar(DaysOffFile.read(daysOffFile));
    int year = LocalDate.now(WorkingDays.ALMATY).getYear();
    if (!calendar.hasFactsFor(year)) {
      log.warn("The working-day calendar has no Kurban Ait date or transfers for {}: deadlines "
          + "use the fixed rules only. Add the year to {}", year, daysOffFile);
    }
    return calendar;
  }
}
