package kz.mse.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers of the R408-4 / R408-5 formula ([decision] in RULES.md). */
class EvaluationScoreTest {

  private static EvaluationScore.Counts row(int total, int meeting) {
    return new EvaluationScore.Counts(total, meeting);
  }

  @Test
  void r408_4_meanOfTheRowsThatHaveData() {
    // 90 %, 75 %, 100 %, 50 %, 80 % → 79 %
    assertThat(EvaluationScore.monthly(List.of(row(10, 9), row(4, 3), row(2, 2), row(2, 1),
        row(5, 4)))).isCloseTo(79.0, within(1e-9));
  }

  @Test
  void r408_4_rowsWithKZeroAreLeftOutNotCountedAsZero() {
    assertThat(EvaluationScore.monthly(List.of(row(10, 8), row(0, 0), row(0, 0), row(4, 3),
        row(0, 0)))).isCloseTo(77.5, within(1e-9));
    assertThat(EvaluationScore.percent(0, 0)).isNull();
  }

  @Test
  void r408_4_aMonthWithoutDataHasNoScoreNotZero() {
    assertThat(EvaluationScore.monthly(List.of(row(0, 0), row(0, 0), row(0, 0), row(0, 0),
        row(0, 0)))).isNull();
    assertThat(EvaluationScore.display(null)).isNull();
  }

  @Test
  void r408_5_yearIsTheMeanOfTheMonthsThatHaveAScore() {
    assertThat(EvaluationScore.yearly(Arrays.asList(80.0, null, 90.0, null, 70.0)))
        .isCloseTo(80.0, within(1e-9));
    assertThat(EvaluationScore.yearly(Arrays.asList(null, null))).isNull();
    assertThat(EvaluationScore.yearly(List.of())).isNull();
  }

  @Test
  void r408_4_fullPrecisionIsStoredAndDisplayRoundsToOneDecimal() {
    Double score = EvaluationScore.monthly(List.of(row(3, 2), row(0, 0), row(0, 0), row(0, 0),
        row(0, 0)));
    assertThat(score).isEqualTo(200.0 / 3);
    assertThat(EvaluationScore.display(score)).isEqualTo("66.7");
    assertThat(EvaluationScore.display(87.45)).isEqualTo("87.5");
    assertThat(EvaluationScore.display(87.5)).isEqualTo("87.5");
    assertThat(EvaluationScore.display(100.0)).isEqualTo("100.0");
    assertThat(EvaluationScore.display(0.04)).isEqualTo("0.0");
  }

  @Test
  void r408_8_rowFiveCountsTheSocialPartAmongTheK2() {
    MonthCounts counts = new MonthCounts("x", 4, 4, 2, 1, 0, 0, 0, 0, 2);
    assertThat(counts.rows()).containsExactly(row(4, 4), row(2, 1), row(0, 0), row(0, 0),
        row(2, 2));
    assertThat(counts.score()).isCloseTo((100 + 50 + 100) / 3.0, within(1e-9));
  }

  @Test
  void periodsAreMonthsOrYears() {
    assertThat(Period.parse("2026-10", "period").isMonth()).isTrue();
    assertThat(Period.parse("2026", "period").isMonth()).isFalse();
    assertThat(Period.parse("2026", "period").lastDay()).hasToString("2026-12-31");
  }
}
