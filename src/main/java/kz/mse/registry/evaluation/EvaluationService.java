package kz.mse.registry.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.system.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the monthly (R408-3, R408-4) and yearly (R408-5) evaluation of every expert, records
 * missed plans (R393-13.2) and proposes exclusions to the Committee (R393-13.1, 13.2).
 */
@Service
class EvaluationService {

  private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);
  /** R393-13.2: "more than 3 times". */
  static final int PLAN_FAILURES_TOLERATED = 3;

  private final EvaluationRepository repository;
  private final ExclusionReviews reviews;
  private final WorkingDays workingDays;
  private final double threshold;
  private final int defaultPlan;

  EvaluationService(EvaluationRepository repository, ExclusionReviews reviews,
      WorkingDays workingDays,
      @Value("${registry.evaluation.exclusion-threshold:70}") double threshold,
      @Value("${registry.contract.planned-monthly-examinations:20}") int defaultPlan) {
    this.repository = repository;
    this.reviews = reviews;
    this.workingDays = workingDays;
    this.threshold = threshold;
    this.defaultPlan = defaultPlan;
  }

  /** The period the timer evaluates: the month (or year) before today in Almaty. */
  Period previousMonth() {
    return Period.of(YearMonth.from(workingDays.today()).minusMonths(1));
  }

  Period previousYear() {
    return Period.of(java.time.Year.of(workingDays.today().getYear() - 1));
  }

  /** Checks a period asked for by a person: a future period cannot be evaluated. */
  Period requestedPeriod(String text) {
    Period period = Period.parse(text, "period");
    if (period.firstDay().isAfter(workingDays.today())) {
      throw ApiException.badInput("period", "must not be in the future");
    }
    return period;
  }

  /**
   * Evaluates the period for every expert; a rerun replaces the period's results. Proposing
   * exclusions is the process's next, asynchronous step ({@link #proposeExclusions}).
   */
  @Transactional
  RunSummary run(Period period) {
    long started = System.nanoTime();
    RunSummary summary = period.isMonth() ? evaluateMonth(period, null)
        : evaluateYear(period, null);
    log.info("Evaluation {}: {} experts, {} with a score, {} below {} % ({} ms)", period,
        summary.experts(), summary.scored(), summary.belowThreshold(), threshold,
        (System.nanoTime() - started) / 1_000_000);
    return summary;
  }

  /** Re-evaluates one expert's period (an upheld complaint, R408-9), with an audit record. */
  @Transactional
  void rerunFor(Period period, String iin, String detail) {
    Double before = repository.find(period, iin).map(StoredResult::score).orElse(null);
    if (period.isMonth()) {
      evaluateMonth(period, iin);
    } else {
      evaluateYear(period, iin);
    }
    proposeExclusions(period, iin);
    Double after = repository.find(period, iin).map(StoredResult::score).orElse(null);
    repository.audit(period, iin, "COMPLAINT_UPHELD_RERUN", before, after, detail);
    Period year = Period.of(period.year());
    if (period.isMonth() && repository.find(year, iin).isPresent()) {
      // R408-5: the year already published is the mean of its months, so it follows.
      Double yearBefore = repository.find(year, iin).map(StoredResult::score).orElse(null);
      evaluateYear(year, iin);
      proposeExclusions(year, iin);
      repository.audit(year, iin, "MONTH_CORRECTED", yearBefore,
          repository.find(year, iin).map(StoredResult::score).orElse(null),
          period + " re-evaluated: " + detail);
    }
  }

  private RunSummary evaluateMonth(Period month, String onlyIin) {
    List<MonthCounts> counts = repository.countMonth(month, onlyIin);
    List<StoredResult> results = new ArrayList<>(counts.size());
    Map<String, Integer> plans = repository.plans();
    List<Object[]> planFailures = new ArrayList<>();
    for (MonthCounts c : counts) {
      results.add(new StoredResult(month.value(), c.expertIin(), c, c.score()));
      int planned = plans.getOrDefault(c.expertIin(), defaultPlan);
      if (c.k1() < planned) {
        planFailures.add(new Object[] {c.expertIin(), planned, c.k1()});
      }
    }
    repository.replace(month, onlyIin, results);
    repository.replacePlanFailures(month, onlyIin, planFailures);
    return new RunSummary(month.value(), results.size(),
        (int) results.stream().filter(r -> r.score() != null).count(), below(results),
        planFailures.size());
  }

  private RunSummary evaluateYear(Period year, String onlyIin) {
    Map<String, List<Double>> monthly = new LinkedHashMap<>();
    for (StoredResult month : repository.monthsOf(year, onlyIin)) {
      monthly.computeIfAbsent(month.expertIin(), k -> new ArrayList<>()).add(month.score());
    }
    List<StoredResult> results = monthly.entrySet().stream()
        .map(e -> new StoredResult(year.value(), e.getKey(), null,
            EvaluationScore.yearly(e.getValue())))
        .toList();
    repository.replace(year, onlyIin, results);
    return new RunSummary(year.value(), results.size(),
        (int) results.stream().filter(r -> r.score() != null).count(), below(results), 0);
  }

  private int below(List<StoredResult> results) {
    return (int) results.stream()
        .filter(r -> r.score() != null && r.score() < threshold).count();
  }

  /**
   * Proposes the exclusions the stored results of the period call for (of one expert when
   * {@code onlyIin} is set): R393-13.1 a score below the threshold, R393-13.2 (months) plans
   * missed more than 3 times. Never silent: each goes to the Committee. Returns how many
   * reviews were started. Set-based: a handful of queries whatever the number of experts.
   */
  @Transactional
  int proposeExclusions(Period period, String onlyIin) {
    List<ExclusionReviews.Proposal> proposals = new ArrayList<>();
    for (StoredResult result : repository.scoredBelow(period, threshold, onlyIin)) {
      proposals.add(new ExclusionReviews.Proposal(result.expertIin(),
          ExclusionGround.EVALUATION_RESULT, "R393-13.1: evaluation " + period + " = "
              + EvaluationScore.display(result.score()) + " % (threshold "
              + EvaluationScore.display(threshold) + " %)"));
    }
    if (period.isMonth()) {
      repository.planFailurePeriods(PLAN_FAILURES_TOLERATED, onlyIin).forEach((iin, months) ->
          proposals.add(new ExclusionReviews.Proposal(iin, ExclusionGround.PLAN_NOT_MET,
              "R393-13.2: planned examinations not met in " + String.join(", ", months))));
    }
    return reviews.proposeAll(period, proposals);
  }

  int plannedFor(String iin) {
    return repository.plan(iin).orElse(defaultPlan);
  }

  /** What one run did; returned by POST /api/evaluations/run. */
  record RunSummary(String period, int experts, int scored, int belowThreshold,
      int planFailures) {

    /** The summary as the process variables of the evaluation models. */
    java.util.Map<String, Object> asVariables() {
      return java.util.Map.of("period", period, "experts", experts, "scored", scored,
          "belowThreshold", belowThreshold, "planFailures", planFailures);
    }
  }
}
