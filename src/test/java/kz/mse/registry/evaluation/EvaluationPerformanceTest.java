package kz.mse.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scaled-down load (1 000 experts × 100 000 conclusions in one month) for the grouped
 * counting query of R408-4. Prints the time; asserts no timing (the benchmark owns figures).
 */
@RegistryTest
class EvaluationPerformanceTest {

  private static final int EXPERTS = 1_000;
  private static final int CONCLUSIONS = 100_000;
  private static final String MONTH = "1999-06";

  @Autowired RegistryService registry;
  @Autowired ConclusionIntake intake;
  @Autowired EvaluationService evaluations;
  @Autowired EvaluationRepository repository;
  @Autowired JdbcTemplate jdbc;
  final List<String> iins = new ArrayList<>();

  @AfterEach
  void removeTheLoad() {
    jdbc.update("delete from evaluation_conclusion where conclusion_id like 'perf-%'");
    jdbc.update("delete from evaluation_result where period = ?", MONTH);
    jdbc.update("delete from evaluation_run where period = ?", MONTH);
    jdbc.update("delete from expert_plan_failure where period = ?", MONTH);
    List<Object[]> byIin = iins.stream().map(iin -> new Object[] {iin}).toList();
    // the load experts must not receive other tests' acts: remove them with their history
    jdbc.batchUpdate("delete from registry_history where entry_number in "
        + "(select number from registry_entry where iin = ?)", byIin);
    jdbc.batchUpdate("delete from registry_nosology where entry_number in "
        + "(select number from registry_entry where iin = ?)", byIin);
    jdbc.batchUpdate("delete from registry_entry where iin = ?", byIin);
  }

  @Test
  void r408_4_evaluatesAThousandExpertsAndAHundredThousandConclusionsInTheDatabase() {
    for (int i = 0; i < EXPERTS; i++) {
      String iin = TestIins.next();
      registry.include(new NewExpert(iin, "Load", "Expert", null, "Astana", "Therapy",
          List.of(), "+77011234567", "load@example.kz", "ru", null, LocalDate.of(1999, 1, 1)));
      iins.add(iin);
    }

    Random random = new Random(408);
    List<Conclusion> conclusions = new ArrayList<>(CONCLUSIONS);
    for (int i = 0; i < CONCLUSIONS; i++) {
      boolean disability = random.nextBoolean();
      boolean osi = random.nextInt(4) == 0;
      boolean prior = random.nextInt(3) == 0;
      conclusions.add(new Conclusion("perf-" + i, iins.get(i % EXPERTS),
          LocalDate.of(1999, 6, 1 + random.nextInt(30)), likely(random), disability,
          disability ? likely(random) : null, osi, osi ? likely(random) : null, prior,
          prior ? likely(random) : null, disability ? likely(random) : null));
    }
    long loadStart = System.nanoTime();
    intake.insert(conclusions);
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

    long runStart = System.nanoTime();
    EvaluationService.RunSummary summary = evaluations.run(Period.parse(MONTH, "period"));
    long runMillis = (System.nanoTime() - runStart) / 1_000_000;

    System.out.printf("EVALUATION LOAD: %d conclusions inserted by JDBC batch in %d ms; "
        + "monthly evaluation of %d experts in %d ms (H2 in memory)%n", CONCLUSIONS,
        loadMillis, summary.experts(), runMillis);
    assertThat(summary.experts()).isEqualTo(EXPERTS);
    assertThat(summary.scored()).isEqualTo(EXPERTS);
    assertThat(summary.belowThreshold()).isZero();
  }

  private static boolean likely(Random random) {
    return random.nextInt(100) < 95;
  }
}
