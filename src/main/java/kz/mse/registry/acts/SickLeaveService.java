package kz.mse.registry.acts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryHistory;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R393-14: an expert on temporary incapacity gets no acts and their acts move to others. */
@Service
public class SickLeaveService {

  private final RegistryService registry;
  private final RegistryHistory history;
  private final ActService acts;
  private final WorkingDays workingDays;
  private final JdbcClient jdbc;

  SickLeaveService(RegistryService registry, RegistryHistory history, ActService acts,
      WorkingDays workingDays, JdbcClient jdbc) {
    this.registry = registry;
    this.history = history;
    this.acts = acts;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
  }

  /** Records the leave; when it has started, the expert's undecided acts move now. */
  @Transactional
  public int start(String iin, LocalDate from, LocalDate to) {
    RegistryEntry entry = registry.findActive(iin).orElseThrow(() ->
        registry.findLatest(iin).isPresent()
            ? ApiException.conflict("Expert " + iin + " is excluded")
            : ApiException.notFound("No expert with IIN " + iin + " in the registry"));
    if (!acts.lockIfActive(entry.number())) {
      throw ApiException.conflict("Expert " + iin + " is excluded");
    }
    jdbc.sql("insert into sick_leave (entry_number, from_date, to_date, created_at) "
            + "values (?, ?, ?, ?)")
        .params(entry.number(), from, to,
            ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC))
        .update();
    history.record(entry.number(), iin, "SICK_LEAVE", from + ".." + to);
    LocalDate today = workingDays.today();
    return from.isAfter(today) ? 0 : acts.redistribute(entry.number(), today);
  }

  /** Moves the acts of experts whose leave starts on the day (run daily). */
  @Transactional
  public int startDueLeaves(LocalDate day) {
    int moved = 0;
    for (Long number : jdbc.sql("select distinct s.entry_number from sick_leave s "
            + "join registry_entry e on e.number = s.entry_number where e.excluded_on is null "
            + "and s.from_date <= ? and s.to_date >= ? order by s.entry_number")
        .params(day, day).query(Long.class).list()) {
      if (acts.lockIfActive(number)) {
        moved += acts.redistribute(number, day);
      }
    }
    return moved;
  }
}
