package kz.mse.registry.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of independent MSE experts (R393-3, Appendix 1). Rows are never deleted. */
@Service
public class RegistryService {

  /** Whether an IIN may apply: in the registry now, or barred for good (R393-13.2). */
  public enum Standing { NONE, ACTIVE, BARRED }

  private static final String COLUMNS = "number, iin, last_name, first_name, patronymic, "
      + "residence, specialty_profile, included_on, excluded_on, exclusion_ground, "
      + "exclusion_reason, reinclusion_barred, phone, email, language, application_id";

  /**
   * The row of a newly included expert, written only while the IIN has no current row: the
   * check and the insert are one statement (one round trip, no gap between the two). Casts
   * give the parameters of the select list their types on PostgreSQL; unbounded, so that a
   * value too long for its column fails instead of being cut.
   */
  private static final String INSERT_UNLESS_ACTIVE = "insert into registry_entry (iin, "
      + "last_name, first_name, patronymic, residence, specialty_profile, phone, email, "
      + "language, application_id, included_on, created_at) select cast(? as varchar), "
      + "cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar), "
      + "cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar), "
      + "cast(? as varchar), cast(? as date), cast(? as timestamp with time zone) where not "
      + "exists (select 1 from registry_entry where iin = ? and excluded_on is null)";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final RegistryHistory history;

  RegistryService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, RegistryHistory history) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.history = history;
  }

  /** All rows (active and excluded), in registry number order, Appendix 1. */
  public List<RegistryEntry> findAll() {
    return query("where 1 = ?", 1);
  }

  /** R393-11: enters a signed expert; an IIN already active in the registry is a conflict. */
  @Transactional
  public RegistryEntry include(NewExpert expert) {
    KeyHolder key = new GeneratedKeyHolder();
    int inserted = jdbc.sql(INSERT_UNLESS_ACTIVE)
        .params(expert.iin(), expert.lastName(), expert.firstName(), expert.patronymic(),
            expert.residence(), expert.specialtyProfile(), expert.phone(), expert.email(),
            expert.language(), expert.applicationId(), expert.includedOn(), now(),
            expert.iin())
        .update(key, "number");
    if (inserted == 0) {
      throw ApiException.conflict("IIN " + expert.iin() + " is already in the registry");
    }
    long number = key.getKey().longValue();
    jdbcTemplate.batchUpdate("insert into registry_nosology (entry_number, code) values (?, ?)",
        expert.nosologies().stream().distinct().map(code -> new Object[] {number, code})
            .toList());
    history.record(number, expert.iin(), "INCLUDED", expert.applicationId());
    return new RegistryEntry(number, expert.iin(), expert.lastName(), expert.firstName(),
        expert.patronymic(), expert.residence(), expert.specialtyProfile(),
        expert.nosologies().stream().distinct().sorted().toList(), expert.includedOn(), null,
        null, null, false, expert.phone(), expert.email(), expert.language(),
        expert.applicationId());
  }

  /** Whether the IIN has a current (not excluded) row: one count, nothing loaded. */
  public boolean isActive(String iin) {
    return jdbc.sql("select count(*) from registry_entry where iin = ? and excluded_on is null")
        .param(iin).query(Long.class).single() > 0;
  }

  /** Numbers of active experts on sick leave on the day (R393-14). */
  public Set<Long> onSickLeave(LocalDate day) {
    return new HashSet<>(jdbc.sql("select s.entry_number from sick_leave s "
            + "where s.from_date <= ? and s.to_date >= ?")
        .params(day, day).query(Long.class).list());
  }

  /** The current (not excluded) row of the IIN, if any. */
  public Optional<RegistryEntry> findActive(String iin) {
    return query("where e.iin = ? and e.excluded_on is null", iin).stream().findFirst();
  }

  /** The current rows of the IINs, by IIN: two queries per 1 000 IINs. */
  public Map<String, RegistryEntry> findActive(Collection<String> iins) {
    Map<String, RegistryEntry> active = new HashMap<>();
    List<String> all = List.copyOf(iins);
    for (int from = 0; from < all.size(); from += 1000) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      query("where e.excluded_on is null and e.iin in (" + marks + ")", chunk.toArray())
          .forEach(entry -> active.put(entry.iin(), entry));
    }
    return active;
  }

  /** The newest row of the IIN, excluded or not. */
  public Optional<RegistryEntry> findLatest(String iin) {
    List<RegistryEntry> rows = query("where e.iin = ?", iin);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }

  /**
   * R393-11: the day the application's expert was entered into the registry, one column of one
   * row. The inclusion SMS names it:
   * {@code ${registryService.includedOn(execution.processBusinessKey)}}.
   */
  public LocalDate includedOn(String applicationId) {
    return jdbc.sql("select included_on from registry_entry where application_id = ?")
        .param(applicationId).query(LocalDate.class).optional()
        .orElseThrow(() -> new IllegalStateException("application " + applicationId
            + " has no registry entry"));
  }

  public Optional<RegistryEntry> findByNumber(long number) {
    return query("where e.number = ?", number).stream().findFirst();
  }

  /** The IIN's standing from its rows, in one query; a bar outweighs an active row. */
  public Standing standing(String iin) {
    return jdbc.sql("select count(case when reinclusion_barred then 1 end),"
            + " count(case when excluded_on is null then 1 end) from registry_entry where iin = ?")
        .param(iin)
        .query((rs, n) -> rs.getLong(1) > 0 ? Standing.BARRED
            : rs.getLong(2) > 0 ? Standing.ACTIVE : Standing.NONE)
        .single();
  }

  private List<RegistryEntry> query(String where, Object... params) {
    Map<Long, List<String>> nosologies = new LinkedHashMap<>();
    jdbc.sql("select n.entry_number, n.code from registry_nosology n join registry_entry e "
            + "on e.number = n.entry_number " + where + " order by n.code")
        .params(params)
        .query(rs -> {
          nosologies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    return jdbc.sql("select " + prefixed() + " from registry_entry e " + where
            + " order by e.number")
        .params(params)
        .query((rs, n) -> new RegistryEntry(rs.getLong("number"), rs.getString("iin"),
            rs.getString("last_name"), rs.getString("first_name"), rs.getString("patronymic"),
            rs.getString("residence"), rs.getString("specialty_profile"),
            List.copyOf(nosologies.getOrDefault(rs.getLong("number"), List.of())),
            rs.getObject("included_on", java.time.LocalDate.class),
            rs.getObject("excluded_on", java.time.LocalDate.class),
            rs.getString("exclusion_ground"), rs.getString("exclusion_reason"),
            rs.getBoolean("reinclusion_barred"), rs.getString("phone"), rs.getString("email"),
            rs.getString("language"), rs.getString("application_id")))
        .list();
  }

  private static String prefixed() {
    return "e." + COLUMNS.replace(", ", ", e.");
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
