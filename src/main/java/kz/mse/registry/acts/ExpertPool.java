package kz.mse.registry.acts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import kz.mse.registry.validation.Icd10Codes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The experts who may receive acts on a day, with their loads, loaded once (R393-14): in the
 * registry, not excluded, not on sick leave that day. Chooses the least loaded expert whose
 * nosologies cover the code, ties by earliest inclusion, then lowest number.
 */
final class ExpertPool {

  private static final class Candidate {
    final long number;
    final LocalDate includedOn;
    final Set<String> codes;
    int load;

    Candidate(long number, LocalDate includedOn, Set<String> codes, int load) {
      this.number = number;
      this.includedOn = includedOn;
      this.codes = codes;
      this.load = load;
    }
  }

  private record Slot(Candidate candidate, int load) {}

  private static final Comparator<Slot> ORDER = Comparator.comparingInt(Slot::load)
      .thenComparing(s -> s.candidate().includedOn)
      .thenComparingLong(s -> s.candidate().number);

  /** The undecided acts per expert; read from the index (status, expert_number) alone. */
  static final String LOADS = "select expert_number, count(*) from mse_act "
      + "where status = 'ASSIGNED' group by expert_number";

  private final List<Candidate> candidates;
  private final Map<String, PriorityQueue<Slot>> queues = new HashMap<>();

  private ExpertPool(List<Candidate> candidates) {
    this.candidates = candidates;
  }

  static ExpertPool load(JdbcClient jdbc, LocalDate day, Set<Long> excluding) {
    Map<Long, Set<String>> codes = new HashMap<>();
    jdbc.sql("select n.entry_number, n.code from registry_nosology n join registry_entry e "
            + "on e.number = n.entry_number where e.excluded_on is null")
        .query(rs -> {
          codes.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
              .add(rs.getString(2));
        });
    Map<Long, Integer> loads = new HashMap<>();
    jdbc.sql(LOADS)
        .query(rs -> {
          loads.put(rs.getLong(1), rs.getInt(2));
        });
    List<Candidate> list = new ArrayList<>();
    jdbc.sql("select e.number, e.included_on from registry_entry e where e.excluded_on is null "
            + "and not exists (select 1 from sick_leave s where s.entry_number = e.number "
            + "and s.from_date <= ? and s.to_date >= ?)")
        .params(day, day)
        .query(rs -> {
          long number = rs.getLong(1);
          if (!excluding.contains(number)) {
            list.add(new Candidate(number, rs.getObject(2, LocalDate.class),
                codes.getOrDefault(number, Set.of()), loads.getOrDefault(number, 0)));
          }
        });
    return new ExpertPool(list);
  }

  /** Takes the best expert for the code and counts the act against them. */
  Optional<Long> assign(String nosology) {
    PriorityQueue<Slot> queue = queues.computeIfAbsent(nosology, code -> {
      PriorityQueue<Slot> q = new PriorityQueue<>(ORDER);
      for (Candidate c : candidates) {
        if (Icd10Codes.covers(c.codes, code)) {
          q.add(new Slot(c, c.load));
        }
      }
      return q;
    });
    while (!queue.isEmpty()) {
      Slot top = queue.poll();
      if (top.load() != top.candidate().load) {
        queue.add(new Slot(top.candidate(), top.candidate().load));
        continue;
      }
      top.candidate().load++;
      queue.add(new Slot(top.candidate(), top.candidate().load));
      return Optional.of(top.candidate().number);
    }
    return Optional.empty();
  }

  /** Removes an expert who turned out unavailable (excluded meanwhile). */
  void drop(long number) {
    candidates.removeIf(c -> c.number == number);
    queues.clear();
  }
}
