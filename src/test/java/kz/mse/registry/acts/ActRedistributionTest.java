package kz.mse.registry.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.exclusion.ExclusionService;
import kz.mse.registry.registry.NewExpert;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import kz.mse.registry.validation.Icd10Codes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** R393-14: draft acts go to eligible experts and move on exclusion or sick leave. */
@RegistryTest
class ActRedistributionTest {

  @Autowired ActService acts;
  @Autowired SickLeaveService sickLeaves;
  @Autowired RegistryService registry;
  @Autowired ExclusionService exclusions;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired TransactionTemplate transactions;

  /**
   * A category no expert in the registry holds, in whole or in part, so the experts of other
   * tests never compete for this test's acts (random picks once collided: R393-14 flake).
   */
  private String unusedCategory(char letter) {
    Set<String> taken = new HashSet<>();
    for (String code : jdbc.queryForList("select distinct code from registry_nosology "
        + "where code like ?", String.class, letter + "%")) {
      taken.add(Icd10Codes.category(code));
    }
    List<String> free = IntStream.range(10, 100).mapToObj(n -> letter + String.valueOf(n))
        .filter(code -> !taken.contains(code)).toList();
    assertThat(free).as("unused categories under %s", letter).isNotEmpty();
    return free.get(ThreadLocalRandom.current().nextInt(free.size()));
  }

  /** A subcategory under an unused category. */
  private String freshCode() {
    return unusedCategory('Z') + "." + ThreadLocalRandom.current().nextInt(10);
  }

  private RegistryEntry expert(LocalDate includedOn, String... codes) {
    return registry.include(new NewExpert(TestIins.next(), "Abaev", "Nurlan", null, "Almaty",
        "Oncology", List.of(codes), "+77011234567", "a@example.kz", "ru", null, includedOn));
  }

  private static String id() {
    return "ACT-" + UUID.randomUUID();
  }

  @Test
  void categoryCoversSubcategoryAndLeastLoadedWinsTiesByInclusion_R393_14() {
    // Unique category: "Q" + random digits, experts hold the category, acts use a subcategory.
    String category = unusedCategory('Q');
    RegistryEntry older = expert(LocalDate.of(2025, 1, 10), category);
    RegistryEntry newer = expert(LocalDate.of(2025, 2, 10), category);
    for (RegistryEntry other : List.of(older, newer)) {
      assertThat(acts.undecidedOf(other.iin())).isEmpty();
    }
    // Other tests may hold acts in this category; only the order between our two matters.
    var first = acts.receive(id(), category + ".9", null);
    var second = acts.receive(id(), category + ".9", null);
    assertThat(List.of(first.expertIin(), second.expertIin()))
        .containsExactly(older.iin(), newer.iin());
    assertThat(first.status()).isEqualTo("ASSIGNED");
    assertThat(first.dueOn()).isEqualTo(workingDays.deadlineDate(workingDays.today(), 3));
  }

  @Test
  void nobodyEligibleLeavesTheActUnassigned() {
    var act = acts.receive(id(), "W99.9", null);
    assertThat(act.status()).isEqualTo("UNASSIGNED");
    assertThat(acts.unassigned()).extracting(ActService.Act::actId).contains(act.actId());
  }

  @Test
  void exclusionMovesUndecidedActsButNeverDecidedOnes_R393_14() {
    String category = unusedCategory('R');
    RegistryEntry leaving = expert(LocalDate.of(2020, 1, 1), category);
    var decided = acts.receive(id(), category, null);
    var open = acts.receive(id(), category, null);
    assertThat(decided.expertIin()).isEqualTo(leaving.iin());
    acts.decide(decided.actId(), workingDays.today());
    RegistryEntry staying = expert(LocalDate.of(2021, 1, 1), category);

    exclusions.exclude(leaving.iin(), ExclusionGround.DEATH, "certificate", null);

    assertThat(acts.find(open.actId()).orElseThrow().expertIin()).isEqualTo(staying.iin());
    assertThat(acts.find(decided.actId()).orElseThrow().expertIin()).isEqualTo(leaving.iin());
    assertThat(acts.find(decided.actId()).orElseThrow().status()).isEqualTo("DECIDED");
  }

  @Test
  void sickLeaveMovesActsAndTheExpertReturnsAfterTo_R393_14() {
    String category = unusedCategory('S');
    RegistryEntry sick = expert(LocalDate.of(2020, 1, 1), category);
    var act = acts.receive(id(), category, null);
    LocalDate today = workingDays.today();

    sickLeaves.start(sick.iin(), today, today.plusDays(5));

    assertThat(acts.find(act.actId()).orElseThrow().status()).isEqualTo("UNASSIGNED");
    assertThat(acts.receive(id(), category, today.plusDays(5)).status()).isEqualTo("UNASSIGNED");
    assertThat(acts.receive(id(), category, today.plusDays(6)).expertIin())
        .isEqualTo(sick.iin());
  }

  @Test
  void aSickLeaveAnnouncedInAdvanceMovesTheActsOnItsFirstDay_R393_14() {
    String category = unusedCategory('R');
    RegistryEntry sick = expert(LocalDate.of(2020, 1, 1), category);
    var act = acts.receive(id(), category, null);
    LocalDate tomorrow = workingDays.today().plusDays(1);

    sickLeaves.start(sick.iin(), tomorrow, tomorrow.plusDays(3));
    assertThat(acts.find(act.actId()).orElseThrow().expertIin()).isEqualTo(sick.iin());

    sickLeaves.startDueLeaves(tomorrow);
    assertThat(acts.find(act.actId()).orElseThrow().status()).isEqualTo("UNASSIGNED");
  }

  @Test
  void concurrentIntakeAndExclusionLeaveNoActOnAnExcludedExpert() throws Exception {
    String category = unusedCategory('T');
    RegistryEntry leaving = expert(LocalDate.of(2019, 1, 1), category);
    expert(LocalDate.of(2024, 1, 1), category);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    work.add(pool.submit(() -> {
      for (int i = 0; i < 30; i++) {
        acts.receive(id(), category, null);
      }
    }));
    work.add(pool.submit(() -> exclusions.exclude(leaving.iin(), ExclusionGround.EMIGRATION,
        "moved abroad", null)));
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    assertThat(acts.undecidedOf(leaving.iin())).isEmpty();
  }

  /**
   * Two experts leave at once (as the evaluation's parallel exclusion jobs do): the first
   * exclusion, still uncommitted, has given its acts to the second expert; the second
   * exclusion must wait for it and pass those acts on, not hand its own acts to the first.
   */
  @Test
  void twoExpertsExcludedAtOnceHandNoActToEachOther_R393_14() throws Exception {
    String code = freshCode();
    RegistryEntry first = expert(LocalDate.of(2018, 1, 1), code);
    RegistryEntry second = expert(LocalDate.of(2018, 2, 1), code);
    RegistryEntry staying = expert(LocalDate.of(2018, 3, 1), code);
    holdActs(first, 2, code);
    holdActs(second, 2, code);
    holdActs(staying, 6, code); // the most loaded: each leaving expert first picks the other

    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch firstMoved = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    Future<?> firstExclusion = threads.submit(() -> transactions.executeWithoutResult(tx -> {
      exclusions.close(first.iin(), ExclusionGround.DEATH, "certificate", null);
      firstMoved.countDown();
      await(commitFirst);
    }));
    assertThat(firstMoved.await(30, TimeUnit.SECONDS)).isTrue();
    Future<?> secondExclusion = threads.submit(() ->
        exclusions.close(second.iin(), ExclusionGround.EMIGRATION, "moved abroad", null));
    boolean secondWaited = waitsLongerThan(secondExclusion, 300);
    commitFirst.countDown();
    firstExclusion.get(30, TimeUnit.SECONDS);
    secondExclusion.get(30, TimeUnit.SECONDS);
    threads.shutdown();

    assertThat(acts.undecidedOf(first.iin())).isEmpty();
    assertThat(acts.undecidedOf(second.iin())).isEmpty();
    assertThat(acts.undecidedOf(staying.iin())).hasSize(10);
    assertThat(secondWaited).as("the second exclusion waits for the first one's commit").isTrue();
  }

  private static boolean waitsLongerThan(Future<?> work, long millis) throws Exception {
    try {
      work.get(millis, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException stillWaiting) {
      return true;
    }
  }

  private void holdActs(RegistryEntry expert, int count, String code) {
    for (int i = 0; i < count; i++) {
      String actId = acts.receive(id(), code, null).actId();
      jdbc.update("update mse_act set expert_number = ?, status = 'ASSIGNED' where act_id = ?",
          expert.number(), actId);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tenThousandActsOverOneThousandExpertsMoveInOneTransaction() {
    String code = unusedCategory('U');
    RegistryEntry leaving = expert(LocalDate.of(2000, 1, 1), code);
    List<Object[]> experts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      experts.add(new Object[] {TestIins.next()});
    }
    jdbc.batchUpdate("insert into registry_entry (iin, last_name, first_name, residence, "
        + "specialty_profile, phone, email, language, included_on, created_at) values "
        + "(?, 'Load', 'Test', 'Almaty', 'Oncology', '+77011234567', 'l@example.kz', 'ru', "
        + "date '2024-01-01', current_timestamp)", experts);
    jdbc.update("insert into registry_nosology (entry_number, code) select number, ? from "
        + "registry_entry where last_name = 'Load' and number not in (select entry_number from "
        + "registry_nosology where code = ?)", code, code);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(new Object[] {id(), code, leaving.number()});
    }
    jdbc.batchUpdate("insert into mse_act (act_id, nosology, expert_number, received_on, due_on,"
        + " status, created_at) values (?, ?, ?, current_date, current_date, 'ASSIGNED', "
        + "current_timestamp)", rows);

    long started = System.nanoTime();
    exclusions.exclude(leaving.iin(), ExclusionGround.DEATH, "load test", null);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("REDISTRIBUTION: 10000 acts over 1000 experts in " + millis + " ms");

    assertThat(acts.undecidedOf(leaving.iin())).isEmpty();
  }

  @Test
  void actEndpointsValidateAndCheckRoles() {
    var integration = rest.withBasicAuth("integration", "demo");
    String actId = id();
    assertThat(integration.postForEntity("/api/acts", Map.of("actId", actId, "nosology", "C5"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(integration.postForEntity("/api/acts", Map.of("actId", actId, "nosology", "C50"),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(integration.postForEntity("/api/acts", Map.of("actId", actId, "nosology", "C50"),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(integration.postForEntity("/api/acts/" + actId + "/decision",
        Map.of("decidedOn", "2026-13-01"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(integration.postForEntity("/api/acts/nope-" + actId + "/decision",
        Map.of("decidedOn", "2026-11-01"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(integration.postForEntity("/api/acts/" + actId + "/decision",
        Map.of("decidedOn", "2026-11-01"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(integration.postForEntity("/api/acts/" + actId + "/decision",
        Map.of("decidedOn", "2026-11-01"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    var committee = rest.withBasicAuth("reviewer", "demo");
    RegistryEntry e = expert(LocalDate.of(2024, 1, 1), "C50");
    assertThat(committee.postForEntity("/api/experts/" + e.iin() + "/sick-leaves",
        Map.of("from", "2026-11-10", "to", "2026-11-01"), String.class).getBody())
        .contains("to");
    assertThat(committee.postForEntity("/api/experts/" + TestIins.next() + "/sick-leaves",
        Map.of("from", "2026-11-10", "to", "2026-11-11"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(committee.getForEntity("/api/experts/" + e.iin() + "/acts", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(committee.getForEntity("/api/acts/overdue", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.postForEntity("/api/acts", Map.of(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(committee.postForEntity("/api/acts", Map.of("actId", id(), "nosology", "C50"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(integration.getForEntity("/api/acts/overdue", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
