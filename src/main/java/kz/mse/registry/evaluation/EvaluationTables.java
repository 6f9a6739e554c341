package kz.mse.registry.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import org.springframework.stereotype.Component;

/** Builds the evaluation table of one expert and period from the stored results (R408-6). */
@Component
class EvaluationTables {

  private final EvaluationRepository repository;
  private final RegistryService registry;

  EvaluationTables(EvaluationRepository repository, RegistryService registry) {
    this.repository = repository;
    this.registry = registry;
  }

  /** 404 for an IIN never in the registry or a period not evaluated for the expert. */
  EvaluationTable table(String iin, Period period, TableLabels labels) {
    RegistryEntry expert = registry.findLatest(iin)
        .orElseThrow(() -> ApiException.notFound("No expert with IIN " + iin));
    StoredResult result = repository.find(period, iin).orElseThrow(() ->
        ApiException.notFound("Period " + period + " is not evaluated for expert " + iin));
    return build(expert, period, result,
        period.isMonth() ? List.of() : repository.monthsOf(period, iin), labels);
  }

  /** The tables of many experts of one period, from one or two queries in all. */
  PeriodTables forPeriod(Period period) {
    Map<String, StoredResult> results = new HashMap<>();
    repository.ofPeriod(period).forEach(r -> results.put(r.expertIin(), r));
    Map<String, List<StoredResult>> months = new HashMap<>();
    if (!period.isMonth()) {
      repository.monthsOf(period, null).forEach(m ->
          months.computeIfAbsent(m.expertIin(), k -> new ArrayList<>()).add(m));
    }
    return (expert, labels) -> results.containsKey(expert.iin())
        ? build(expert, period, results.get(expert.iin()),
            months.getOrDefault(expert.iin(), List.of()), labels)
        : null;
  }

  /** The evaluation tables of one period, already loaded. */
  interface PeriodTables {
    /** The expert's table, or null when the period holds no result for the expert. */
    EvaluationTable table(RegistryEntry expert, TableLabels labels);
  }

  private static EvaluationTable build(RegistryEntry expert, Period period, StoredResult result,
      List<StoredResult> months, TableLabels labels) {
    String iin = expert.iin();
    if (period.isMonth()) {
      return new EvaluationTable(iin, expert.fullName(), period.value(),
          rows(result.counts(), labels), result.score(),
          EvaluationScore.display(result.score()), null);
    }
    MonthCounts sum = MonthCounts.none(iin);
    List<EvaluationTable.MonthScore> scores = new ArrayList<>();
    for (StoredResult month : months) {
      sum = sum.plus(month.counts());
      scores.add(new EvaluationTable.MonthScore(month.period(), month.score(),
          EvaluationScore.display(month.score())));
    }
    return new EvaluationTable(iin, expert.fullName(), period.value(), rows(sum, labels),
        result.score(), EvaluationScore.display(result.score()), scores);
  }

  private static List<EvaluationTable.Row> rows(MonthCounts counts, TableLabels labels) {
    List<EvaluationScore.Counts> rows = counts.rows();
    List<EvaluationTable.Row> table = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      EvaluationScore.Counts row = rows.get(i);
      Double percent = EvaluationScore.percent(row.total(), row.meeting());
      table.add(new EvaluationTable.Row(i + 1, labels.indicators().get(i), row.total(),
          row.meeting(), percent, EvaluationScore.display(percent)));
    }
    return table;
  }
}
