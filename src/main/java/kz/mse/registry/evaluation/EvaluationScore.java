package kz.mse.registry.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic of Order 408 [decision in RULES.md R408-4]: each row scores
 * {@code P = A / K × 100}; rows with {@code K = 0} are left out; O is the mean of the remaining
 * rows; no row with data means "no evaluation" (null, never 0). Full precision is kept; only
 * {@link #display} rounds, to one decimal.
 */
final class EvaluationScore {

  private EvaluationScore() {}

  /** P_i of one row, null when the row has nothing to evaluate (K = 0). */
  static Double percent(int total, int meeting) {
    return total == 0 ? null : meeting * 100.0 / total;
  }

  /** R408-4: O over the rows that have data, or null. */
  static Double monthly(List<Counts> rows) {
    return mean(rows.stream().map(row -> percent(row.total(), row.meeting())).toList());
  }

  /** R408-5: the mean of the months that have a score; months without one are left out. */
  static Double yearly(List<Double> monthlyScores) {
    return mean(monthlyScores);
  }

  /** One decimal, half up ("87.5"); null stays null. */
  static String display(Double value) {
    return value == null ? null
        : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static Double mean(List<Double> values) {
    List<Double> present = new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
    if (present.isEmpty()) {
      return null;
    }
    return present.stream().mapToDouble(Double::doubleValue).sum() / present.size();
  }

  /** K and A of one row of the evaluation table. */
  record Counts(int total, int meeting) {}
}
