package kz.mse.registry.evaluation;

import java.util.List;

/** K and A of rows 1-5 of one expert's month (R408-8), as counted by the database. */
record MonthCounts(String expertIin, int k1, int a1, int k2, int a2, int k3, int a3, int k4,
    int a4, int a5) {

  static MonthCounts none(String iin) {
    return new MonthCounts(iin, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Rows 1-5: K2 is the total of both row 2 and row 5. */
  List<EvaluationScore.Counts> rows() {
    return List.of(new EvaluationScore.Counts(k1, a1), new EvaluationScore.Counts(k2, a2),
        new EvaluationScore.Counts(k3, a3), new EvaluationScore.Counts(k4, a4),
        new EvaluationScore.Counts(k2, a5));
  }

  Double score() {
    return EvaluationScore.monthly(rows());
  }

  MonthCounts plus(MonthCounts other) {
    return new MonthCounts(expertIin, k1 + other.k1, a1 + other.a1, k2 + other.k2,
        a2 + other.a2, k3 + other.k3, a3 + other.a3, k4 + other.k4, a4 + other.a4,
        a5 + other.a5);
  }
}
