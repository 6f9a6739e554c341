package kz.mse.registry.evaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.exclusion.ExclusionService;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Exclusions the evaluation proposes (R393-13.1 low score, R393-13.2 plan missed more than
 * 3 times): a Committee member confirms or declines each one ([decision] in RULES.md: never
 * silent). One open review per expert and ground.
 */
@Service
class ExclusionReviews {

  static final String PROCESS_KEY = "evaluation-exclusion";
  private static final Logger log = LoggerFactory.getLogger(ExclusionReviews.class);

  private final RuntimeService runtimeService;
  private final RegistryService registry;
  private final ExclusionService exclusions;
  private final EvaluationTables tables;
  private final JdbcClient jdbc;

  ExclusionReviews(@Lazy RuntimeService runtimeService, RegistryService registry,
      ExclusionService exclusions, EvaluationTables tables, JdbcClient jdbc) {
    this.runtimeService = runtimeService;
    this.registry = registry;
    this.exclusions = exclusions;
    this.tables = tables;
    this.jdbc = jdbc;
  }

  /** An exclusion the evaluation calls for, with its basis in words. */
  record Proposal(String iin, ExclusionGround ground, String basis) {}

  /**
   * Starts the Committee's review of each proposal, except for experts no longer active and
   * where one is already open for the expert and ground. Everything it needs is loaded first
   * (active experts, open reviews, the period's tables), so the cost per proposal is the
   * process start alone. Returns how many reviews were started.
   */
  int proposeAll(Period period, List<Proposal> proposals) {
    if (proposals.isEmpty()) {
      return 0;
    }
    Map<String, RegistryEntry> active = registry.findActive(
        proposals.stream().map(Proposal::iin).collect(Collectors.toSet()));
    Set<String> open = new HashSet<>();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(instance -> open.add(instance.getBusinessKey()));
    EvaluationTables.PeriodTables periodTables = tables.forPeriod(period);
    int started = 0;
    for (Proposal proposal : proposals) {
      RegistryEntry expert = active.get(proposal.iin());
      String businessKey = proposal.iin() + ":" + proposal.ground();
      if (expert != null && open.add(businessKey)) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
            variables(period, proposal, periodTables.table(expert, TableLabels.RU)));
        started++;
      }
    }
    log.info("Evaluation {}: {} exclusions proposed to the Committee", period, started);
    return started;
  }

  private static Map<String, Object> variables(Period period, Proposal proposal,
      EvaluationTable table) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("expertIin", proposal.iin());
    variables.put("ground", proposal.ground().name());
    variables.put("period", period.value());
    variables.put("basis", proposal.basis());
    variables.put("evaluationTable", table == null ? proposal.basis()
        : table.markdown(TableLabels.RU) + "\n\n" + proposal.basis());
    return variables;
  }

  /** Confirmed: excludes the expert; one excluded meanwhile stays as is (recorded). */
  void confirm(String processInstanceId, String iin, ExclusionGround ground, String basis,
      String decidedBy) {
    // Checked first: exclude() is transactional, and its 409 would mark the engine's
    // transaction rollback-only even when caught here.
    String decision = registry.isActive(iin) ? "EXCLUDED" : "ALREADY_EXCLUDED";
    if (decision.equals("EXCLUDED")) {
      exclusions.exclude(iin, ground, basis, null);
    }
    record(processInstanceId, iin, ground, decision, basis, decidedBy);
  }

  void decline(String processInstanceId, String iin, ExclusionGround ground, String reason,
      String decidedBy) {
    record(processInstanceId, iin, ground, "DECLINED", reason, decidedBy);
  }

  private void record(String processInstanceId, String iin, ExclusionGround ground,
      String decision, String reason, String decidedBy) {
    String period = (String) runtimeService.getVariable(processInstanceId, "period");
    jdbc.sql("insert into evaluation_exclusion_review (expert_iin, ground, period, "
            + "process_instance_id, decision, reason, decided_by, decided_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(iin, ground.name(), period, processInstanceId, decision, reason, decidedBy,
            EvaluationRepository.now())
        .update();
  }
}
