package kz.mse.registry.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the conclusions CBDI feeds (R408-3: the evaluation runs on them). Set-based: known
 * IINs and already stored ids are looked up in chunks, new rows go in with one JDBC batch.
 */
@Service
class ConclusionIntake {

  private static final int CHUNK = 1000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  ConclusionIntake(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** Stores the new conclusions; a batch with an unknown expert stores nothing. */
  @Transactional
  IntakeSummary store(List<Conclusion> conclusions) {
    Set<String> known = existing("select distinct iin from registry_entry where iin in (:ids)",
        conclusions.stream().map(Conclusion::expertIin).distinct().toList());
    for (int i = 0; i < conclusions.size(); i++) {
      if (!known.contains(conclusions.get(i).expertIin())) {
        throw ApiException.badInput(
            (conclusions.size() == 1 ? "" : "[" + i + "].") + "expertIin",
            "no expert with this IIN in the registry");
      }
    }
    Map<String, Conclusion> unique = new LinkedHashMap<>();
    conclusions.forEach(c -> unique.putIfAbsent(c.conclusionId(), c));
    Set<String> seen = existing(
        "select conclusion_id from evaluation_conclusion where conclusion_id in (:ids)",
        List.copyOf(unique.keySet()));
    List<Conclusion> fresh = unique.values().stream()
        .filter(c -> !seen.contains(c.conclusionId())).toList();
    insert(fresh);
    return new IntakeSummary(conclusions.size(), fresh.size(), conclusions.size() - fresh.size());
  }

  private Set<String> existing(String sql, List<String> ids) {
    Set<String> found = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      found.addAll(named.queryForList(sql, new MapSqlParameterSource("ids", chunk),
          String.class));
    }
    return found;
  }

  /** Also used by the benchmark-style test to load data fast. */
  void insert(List<Conclusion> conclusions) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    List<Object[]> rows = new ArrayList<>(conclusions.size());
    for (Conclusion c : conclusions) {
      rows.add(new Object[] {c.conclusionId(), c.expertIin(), Date.valueOf(c.issuedOn()),
          c.timely(), c.disabilityRecognized(), c.groupMatchesLimitations(), c.osiPrimary(),
          c.gwcSetAtPrimary(), c.priorGwc(), c.gwcSetAtReexam(), c.iprSocialPartDeveloped(),
          now});
    }
    int[] types = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BOOLEAN, Types.BOOLEAN,
        Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN,
        Types.BOOLEAN, Types.TIMESTAMP};
    for (int from = 0; from < rows.size(); from += CHUNK) {
      jdbc.batchUpdate("insert into evaluation_conclusion (conclusion_id, expert_iin, issued_on, "
              + "timely, disability_recognized, group_matches_limitations, osi_primary, "
              + "gwc_set_at_primary, prior_gwc, gwc_set_at_reexam, ipr_social_part_developed, "
              + "received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          rows.subList(from, Math.min(rows.size(), from + CHUNK)), types);
    }
  }

  record IntakeSummary(int received, int stored, int ignored) {}
}
