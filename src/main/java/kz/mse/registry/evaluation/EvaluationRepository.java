package kz.mse.registry.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the evaluation: counting in the database, results written with one statement. */
@Repository
class EvaluationRepository {

  private static final String COUNTS = "count(*) k1, "
      + "sum(case when c.timely then 1 else 0 end) a1, "
      + "sum(case when c.disability_recognized then 1 else 0 end) k2, "
      + "sum(case when c.disability_recognized and c.group_matches_limitations "
      + "then 1 else 0 end) a2, "
      + "sum(case when c.osi_primary then 1 else 0 end) k3, "
      + "sum(case when c.osi_primary and c.gwc_set_at_primary then 1 else 0 end) a3, "
      + "sum(case when c.prior_gwc then 1 else 0 end) k4, "
      + "sum(case when c.prior_gwc and c.gwc_set_at_reexam then 1 else 0 end) a4, "
      + "sum(case when c.disability_recognized and c.ipr_social_part_developed "
      + "then 1 else 0 end) a5";

  private static final String INSERT_RESULTS = "insert into evaluation_result (period, "
      + "evaluated_at, expert_iin, k1, a1, k2, a2, k3, a3, k4, a4, a5, score) "
      + "select cast(? as varchar(7)), cast(? as timestamp with time zone), r.* "
      + "from unnest(cast(? as varchar array), cast(? as integer array), "
      + "cast(? as integer array), cast(? as integer array), cast(? as integer array), "
      + "cast(? as integer array), cast(? as integer array), cast(? as integer array), "
      + "cast(? as integer array), cast(? as integer array), "
      + "cast(? as double precision array)) r";

  private final JdbcTemplate jdbc;
  private final JdbcClient client;

  EvaluationRepository(JdbcTemplate jdbc, JdbcClient client) {
    this.jdbc = jdbc;
    this.client = client;
  }

  /**
   * R408-4: K and A of every expert in the registry during the month (experts without
   * conclusions get zeros). The counting is one grouped query over (issued_on, expert_iin);
   * the experts are a second query, merged here (H2 joins a grouped derived table slowly).
   */
  List<MonthCounts> countMonth(Period month, String onlyIin) {
    String filter = onlyIin == null ? "" : " and c.expert_iin = ?";
    Object[] countParams = onlyIin == null
        ? new Object[] {month.firstDay(), month.lastDay()}
        : new Object[] {month.firstDay(), month.lastDay(), onlyIin};
    Map<String, MonthCounts> counted = new HashMap<>();
    jdbc.query("select c.expert_iin, " + COUNTS + " from evaluation_conclusion c "
        + "where c.issued_on between ? and ?" + filter + " group by c.expert_iin",
        rs -> {
          MonthCounts counts = counts(rs);
          counted.put(counts.expertIin(), counts);
        }, countParams);
    Object[] expertParams = onlyIin == null
        ? new Object[] {month.lastDay(), month.firstDay()}
        : new Object[] {month.lastDay(), month.firstDay(), onlyIin};
    List<String> experts = jdbc.queryForList("select distinct iin from registry_entry "
        + "where included_on <= ? and (excluded_on is null or excluded_on >= ?)"
        + (onlyIin == null ? "" : " and iin = ?") + " order by iin", String.class,
        expertParams);
    List<MonthCounts> result = new ArrayList<>(experts.size());
    for (String iin : experts) {
      result.add(counted.getOrDefault(iin, MonthCounts.none(iin)));
    }
    return result;
  }

  private static MonthCounts counts(ResultSet rs) throws SQLException {
    return new MonthCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
  }

  /** Replaces the period's results (of one expert when {@code onlyIin} is set). */
  void replace(Period period, String onlyIin, List<StoredResult> results) {
    if (onlyIin == null) {
      jdbc.update("delete from evaluation_result where period = ?", period.value());
    } else {
      jdbc.update("delete from evaluation_result where period = ? and expert_iin = ?",
          period.value(), onlyIin);
    }
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    if (!results.isEmpty()) {
      insertResults(period, results, now);
    }
    if (onlyIin == null) {
      jdbc.update("delete from evaluation_run where period = ?", period.value());
      jdbc.update("insert into evaluation_run (period, experts, evaluated_at) values (?, ?, ?)",
          period.value(), results.size(), now);
    }
  }

  /**
   * All results in one statement: each column is one array parameter, unnested by the database
   * (SQL-standard {@code ARRAY} casts, the same on H2 and PostgreSQL). A JDBC batch of 10 000
   * rows took twice as long on PostgreSQL, even rewritten to multi-row inserts.
   */
  private void insertResults(Period period, List<StoredResult> results, Timestamp now) {
    int n = results.size();
    String[] iins = new String[n];
    Integer[][] counts = new Integer[9][n];
    Double[] scores = new Double[n];
    for (int i = 0; i < n; i++) {
      StoredResult r = results.get(i);
      iins[i] = r.expertIin();
      scores[i] = r.score();
      MonthCounts c = r.counts();
      if (c != null) {
        int[] values = {c.k1(), c.a1(), c.k2(), c.a2(), c.k3(), c.a3(), c.k4(), c.a4(), c.a5()};
        for (int column = 0; column < values.length; column++) {
          counts[column][i] = values[column];
        }
      }
    }
    jdbc.execute((Connection connection) -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_RESULTS)) {
        insert.setString(1, period.value());
        insert.setTimestamp(2, now);
        insert.setArray(3, connection.createArrayOf("varchar", iins));
        for (int column = 0; column < counts.length; column++) {
          insert.setArray(4 + column, connection.createArrayOf("integer", counts[column]));
        }
        insert.setArray(13, connection.createArrayOf("double precision", scores));
        return insert.executeUpdate();
      }
    });
  }

  boolean wasEvaluated(Period period) {
    return client.sql("select count(*) from evaluation_run where period = ?")
        .param(period.value()).query(Long.class).single() > 0;
  }

  Optional<StoredResult> find(Period period, String iin) {
    return results("where period = ? and expert_iin = ?", period.value(), iin).stream()
        .findFirst();
  }

  /** The stored months of a year (of one expert when {@code onlyIin} is set), by period. */
  List<StoredResult> monthsOf(Period year, String onlyIin) {
    String like = year.value() + "-%";
    return onlyIin == null
        ? results("where period like ? order by expert_iin, period", like)
        : results("where period like ? and expert_iin = ? order by period", like, onlyIin);
  }

  List<StoredResult> ofPeriod(Period period) {
    return results("where period = ?", period.value());
  }

  /** Results with a score of a period, for publishing. */
  List<StoredResult> scored(Period period) {
    return results("where period = ? and score is not null order by expert_iin",
        period.value());
  }

  private List<StoredResult> results(String where, Object... params) {
    return jdbc.query("select period, expert_iin, k1, a1, k2, a2, k3, a3, k4, a4, a5, score "
        + "from evaluation_result " + where, (rs, n) -> {
          MonthCounts counts = rs.getObject("k1") == null ? null
              : new MonthCounts(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                  rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                  rs.getInt(11));
          double value = rs.getDouble("score");
          Double score = rs.wasNull() ? null : value;
          return new StoredResult(rs.getString(1), rs.getString(2), counts, score);
        }, params);
  }

  /** R393-13.2: per-expert plan overrides. */
  Map<String, Integer> plans() {
    Map<String, Integer> plans = new HashMap<>();
    jdbc.query("select expert_iin, planned_monthly from expert_plan",
        rs -> { plans.put(rs.getString(1), rs.getInt(2)); });
    return plans;
  }

  Optional<Integer> plan(String iin) {
    return client.sql("select planned_monthly from expert_plan where expert_iin = ?")
        .param(iin).query(Integer.class).optional();
  }

  void savePlan(String iin, int planned, String by) {
    client.sql("delete from expert_plan where expert_iin = ?").param(iin).update();
    client.sql("insert into expert_plan (expert_iin, planned_monthly, updated_by, updated_at) "
        + "values (?, ?, ?, ?)").params(iin, planned, by, now()).update();
  }

  /** Replaces the month's plan failures; {@code failures} rows are iin, planned, actual. */
  void replacePlanFailures(Period month, String onlyIin, List<Object[]> failures) {
    if (onlyIin == null) {
      jdbc.update("delete from expert_plan_failure where period = ?", month.value());
    } else {
      jdbc.update("delete from expert_plan_failure where period = ? and expert_iin = ?",
          month.value(), onlyIin);
    }
    List<Object[]> rows = failures.stream()
        .map(f -> new Object[] {f[0], month.value(), f[1], f[2]}).toList();
    jdbc.batchUpdate("insert into expert_plan_failure (expert_iin, period, planned, actual) "
        + "values (?, ?, ?, ?)", rows);
  }

  /** The months of plan failures of experts with more than {@code limit} of them, by IIN. */
  Map<String, List<String>> planFailurePeriods(int limit, String onlyIin) {
    Map<String, List<String>> periods = new TreeMap<>();
    jdbc.query("select expert_iin, period from expert_plan_failure"
            + (onlyIin == null ? "" : " where expert_iin = ?") + " order by expert_iin, period",
        rs -> {
          periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, onlyIin == null ? new Object[0] : new Object[] {onlyIin});
    periods.values().removeIf(months -> months.size() <= limit);
    return periods;
  }

  /** The months in which the expert missed the plan, in order. */
  List<String> planFailurePeriods(String iin) {
    return planFailurePeriods(-1, iin).getOrDefault(iin, List.of());
  }

  /** Results of the period scored below {@code threshold} (of one expert if set), by IIN. */
  List<StoredResult> scoredBelow(Period period, double threshold, String onlyIin) {
    return onlyIin == null
        ? results("where period = ? and score < ? order by expert_iin", period.value(),
            threshold)
        : results("where period = ? and score < ? and expert_iin = ?", period.value(),
            threshold, onlyIin);
  }

  void audit(Period period, String iin, String action, Double oldScore, Double newScore,
      String detail) {
    client.sql("insert into evaluation_audit (period, expert_iin, action, old_score, "
            + "new_score, detail, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(period.value(), iin, action, oldScore, newScore, detail, now()).update();
  }

  static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
