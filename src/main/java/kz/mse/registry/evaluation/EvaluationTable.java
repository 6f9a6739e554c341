package kz.mse.registry.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The evaluation table of the appendix to Order 408 (R408-6): rows 1-5 and the total O.
 * {@code score} keeps full precision, {@code scoreDisplay} is rounded to one decimal. For a
 * year, {@code months} lists the monthly scores whose mean is the score (R408-5) and the rows
 * add up the year's months.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record EvaluationTable(String expertIin, String fullName, String period, List<Row> rows,
    Double score, String scoreDisplay, @JsonInclude(JsonInclude.Include.NON_NULL)
    List<MonthScore> months) {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Row(int no, String indicator, int total, int meeting, Double percent,
      String percentDisplay) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record MonthScore(String period, Double score, String scoreDisplay) {}

  /** The table as Markdown, for the Committee's form. */
  String markdown(TableLabels labels) {
    StringBuilder md = new StringBuilder();
    md.append("**").append(labels.title()).append("**\n\n")
        .append(labels.expert()).append(": ").append(fullName).append(" (").append(expertIin)
        .append(")  \n").append(labels.period()).append(": ").append(period).append("\n\n")
        .append("| ").append(labels.no()).append(" | ").append(labels.indicator()).append(" | ")
        .append(labels.total()).append(" | ").append(labels.meeting()).append(" | ")
        .append(labels.percent()).append(" |\n|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ").append(row.no()).append(" | ").append(row.indicator()).append(" | ")
          .append(row.total()).append(" | ").append(row.meeting()).append(" | ")
          .append(row.percentDisplay() == null ? "—" : row.percentDisplay()).append(" |\n");
    }
    md.append("| 6 | ").append(labels.totalRow()).append(" | | | ")
        .append(scoreDisplay == null ? "—" : scoreDisplay).append(" |\n");
    if (months != null) {
      md.append('\n');
      for (MonthScore month : months) {
        md.append("- ").append(month.period()).append(": ")
            .append(month.scoreDisplay() == null ? "—" : month.scoreDisplay()).append('\n');
      }
    }
    return md.toString();
  }
}
