package kz.mse.registry.acts;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Draft MSE acts: intake, decision and redistribution among registry experts (R393-14). */
@Service
public class ActService {

  /** An act and who holds it. */
  public record Act(String actId, String nosology, String expertIin, LocalDate receivedOn,
      LocalDate dueOn, String status) {}

  private static final String SELECT = "select a.act_id, a.nosology, e.iin, a.received_on, "
      + "a.due_on, a.status from mse_act a left join registry_entry e "
      + "on e.number = a.expert_number ";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final WorkingDays workingDays;
  private final UnassignedActsReview unassignedReview;

  ActService(JdbcClient jdbc, JdbcTemplate batch, WorkingDays workingDays,
      UnassignedActsReview unassignedReview) {
    this.unassignedReview = unassignedReview;
    this.jdbc = jdbc;
    this.batch = batch;
    this.workingDays = workingDays;
  }

  /**
   * R393-14: gives a new act to the least loaded eligible expert. Assignments run one at a
   * time ({@link #lockIfActive}), so an exclusion running at the same time either moves this
   * act afterwards or is seen by this intake, which then picks someone else.
   */
  @Transactional
  public Act receive(String actId, String nosology, LocalDate receivedOn) {
    if (find(actId).isPresent()) {
      throw ApiException.conflict("Act " + actId + " was already received");
    }
    LocalDate day = receivedOn == null ? workingDays.today() : receivedOn;
    lockAssignments();
    ExpertPool pool = ExpertPool.load(jdbc, day, Set.of());
    Long holder = null;
    for (Optional<Long> next = pool.assign(nosology); next.isPresent();
        next = pool.assign(nosology)) {
      if (lockRowIfActive(next.get())) {
        holder = next.get();
        break;
      }
      pool.drop(next.get());
    }
    jdbc.sql("insert into mse_act (act_id, nosology, expert_number, received_on, due_on, "
            + "status, created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(actId, nosology, holder, day, workingDays.deadlineDate(day, 3),
            holder == null ? "UNASSIGNED" : "ASSIGNED", now())
        .update();
    if (holder == null) {
      unassignedReview.ensureOpen();
    }
    return find(actId).orElseThrow();
  }

  /** Records the expert's decision; a decided act never moves again. */
  @Transactional
  public Act decide(String actId, LocalDate decidedOn) {
    Act act = find(actId).orElseThrow(() -> ApiException.notFound("No act " + actId));
    if (act.status().equals("DECIDED")) {
      throw ApiException.conflict("Act " + actId + " is already decided");
    }
    jdbc.sql("update mse_act set status = 'DECIDED', decided_on = ? where act_id = ? "
            + "and status <> 'DECIDED'")
        .params(decidedOn, actId).update();
    return find(actId).orElseThrow();
  }

  public Optional<Act> find(String actId) {
    return jdbc.sql(SELECT + "where a.act_id = ?").param(actId).query(this::map).optional();
  }

  /** The expert's undecided acts. */
  public List<Act> undecidedOf(String iin) {
    return jdbc.sql(SELECT + "where e.iin = ? and a.status = 'ASSIGNED' order by a.due_on, "
            + "a.act_id").param(iin).query(this::map).list();
  }

  /** Undecided acts past their due date, and acts nobody could take. */
  public List<Act> overdue() {
    return jdbc.sql(SELECT + "where a.status <> 'DECIDED' and a.due_on < ? order by a.due_on")
        .param(workingDays.today()).query(this::map).list();
  }

  public List<Act> unassigned() {
    return jdbc.sql(SELECT + "where a.status = 'UNASSIGNED' order by a.received_on, a.act_id")
        .query(this::map).list();
  }

  /**
   * R393-14: moves every undecided act of the expert (excluded or on sick leave) to other
   * experts by the same rule, in the caller's single transaction: all move or none. Set-based:
   * candidates and loads are read once, assignment happens in memory, writes are batched.
   * The caller must hold the locks of {@link #lockIfActive} for the expert (the assignment
   * lock, then the expert's row).
   *
   * @return how many acts moved (including those left UNASSIGNED)
   */
  @Transactional
  public int redistribute(long expertNumber, LocalDate day) {
    List<String[]> acts = jdbc.sql("select act_id, nosology from mse_act where expert_number = ? "
            + "and status = 'ASSIGNED' order by received_on, act_id")
        .param(expertNumber)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    if (acts.isEmpty()) {
      return 0;
    }
    ExpertPool pool = ExpertPool.load(jdbc, day, Set.of(expertNumber));
    Date received = Date.valueOf(day);
    Date due = Date.valueOf(workingDays.deadlineDate(day, 3));
    List<Object[]> rows = new ArrayList<>(acts.size());
    for (String[] act : acts) {
      Long holder = pool.assign(act[1]).orElse(null);
      rows.add(new Object[] {holder, holder == null ? "UNASSIGNED" : "ASSIGNED", received, due,
          act[0]});
    }
    batch.batchUpdate("update mse_act set expert_number = ?, status = ?, received_on = ?, "
        + "due_on = ? where act_id = ? and status = 'ASSIGNED'", rows);
    if (rows.stream().anyMatch(row -> row[0] == null)) {
      unassignedReview.ensureOpen();
    }
    return rows.size();
  }

  /**
   * R393-14: tries again to give every act nobody could take to an eligible expert (e.g. after
   * an expert came back from sick leave or was included); the new holder receives it today.
   *
   * @return how many acts are still unassigned
   */
  @Transactional
  public int assignUnassigned(LocalDate day) {
    lockAssignments();
    List<String[]> acts = jdbc.sql("select act_id, nosology from mse_act "
            + "where status = 'UNASSIGNED' order by received_on, act_id")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    ExpertPool pool = ExpertPool.load(jdbc, day, Set.of());
    Date received = Date.valueOf(day);
    Date due = Date.valueOf(workingDays.deadlineDate(day, 3));
    List<Object[]> rows = new ArrayList<>();
    for (String[] act : acts) {
      pool.assign(act[1]).ifPresent(holder ->
          rows.add(new Object[] {holder, received, due, act[0]}));
    }
    batch.batchUpdate("update mse_act set expert_number = ?, status = 'ASSIGNED', "
        + "received_on = ?, due_on = ? where act_id = ? and status = 'UNASSIGNED'", rows);
    return acts.size() - rows.size();
  }

  /**
   * Takes the assignment lock, then locks the registry row of an expert still in the
   * registry; false if excluded. Callers that go on to move the expert's acts (exclusion,
   * sick leave) thus hold the assignment lock before any expert's row, in the same order as
   * every other assignment: no deadlock, and no two assignments choose receivers from stale
   * pools.
   */
  public boolean lockIfActive(long number) {
    lockAssignments();
    return lockRowIfActive(number);
  }

  private boolean lockRowIfActive(long number) {
    return !jdbc.sql("select number from registry_entry where number = ? "
            + "and excluded_on is null for update")
        .param(number).query(Long.class).list().isEmpty();
  }

  /**
   * R393-14: one assignment at a time (the row of {@code act_assignment_lock}, held until the
   * transaction ends). Without it two experts excluded at once (the evaluation's exclusions
   * run as parallel jobs) could each hand their acts to the other, whose exclusion had not
   * committed yet, and the acts would stay with an excluded expert.
   */
  private void lockAssignments() {
    jdbc.sql("select id from act_assignment_lock where id = 1 for update")
        .query(Integer.class).single();
  }

  private Act map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Act(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6));
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
