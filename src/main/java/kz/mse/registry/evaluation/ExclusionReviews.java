package kz.mse.registry.evaluation;

import java.util.HashMap;
import java.util.Map;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.exclusion.ExclusionService;
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

  /** Starts the Committee's review unless the expert is gone or one is already open. */
  void propose(String iin, ExclusionGround ground, Period period, String basis) {
    if (registry.findActive(iin).isEmpty()) {
      return;
    }
    String businessKey = iin + ":" + ground;
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("expertIin", iin);
    variables.put("ground", ground.name());
    variables.put("period", period.value());
    variables.put("basis", basis);
    variables.put("evaluationTable",
        tables.table(iin, period, TableLabels.RU).markdown(TableLabels.RU) + "\n\n" + basis);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables);
    log.info("Exclusion of {} on {} proposed to the Committee", iin, ground);
  }

  /** Confirmed: excludes the expert; one excluded meanwhile stays as is (recorded). */
  void confirm(String processInstanceId, String iin, ExclusionGround ground, String basis,
      String decidedBy) {
    // Checked first: exclude() is transactional, and its 409 would mark the engine's
    // transaction rollback-only even when caught here.
    String decision = registry.findActive(iin).isPresent() ? "EXCLUDED" : "ALREADY_EXCLUDED";
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
