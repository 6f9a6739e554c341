package kz.mse.registry.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsTemplate;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R408-9: an expert's complaint about a monthly or yearly result, reviewed by the Committee;
 * upheld re-runs the period for the expert (audited), rejected keeps the answer; the expert
 * gets an SMS either way.
 */
@Service
class Complaints {

  static final String PROCESS_KEY = "evaluation-complaint";
  /** Keeps the complaint SMS within 6 UCS-2 segments even with a long name. */
  private static final int SMS_RESPONSE_LENGTH = 200;

  private final JdbcClient jdbc;
  private final EvaluationTables tables;
  private final EvaluationService evaluations;
  private final RegistryService registry;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;

  Complaints(JdbcClient jdbc, EvaluationTables tables, EvaluationService evaluations,
      RegistryService registry, NotificationService notifications,
      @Lazy RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.evaluations = evaluations;
    this.registry = registry;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
  }

  /** Files the complaint (404 unless the period was evaluated for the expert). */
  @Transactional
  String file(String iin, Period period, String text) {
    EvaluationTable table = tables.table(iin, period, TableLabels.RU);
    String id = UUID.randomUUID().toString();
    jdbc.sql("insert into evaluation_complaint (id, expert_iin, period, text, filed_at) "
            + "values (?, ?, ?, ?, ?)")
        .params(id, iin, period.value(), text, EvaluationRepository.now()).update();
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintId", id);
    variables.put("expertIin", iin);
    variables.put("period", period.value());
    variables.put("complaintText", text);
    variables.put("evaluationTable", table.markdown(TableLabels.RU));
    String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, id, variables)
        .getId();
    jdbc.sql("update evaluation_complaint set process_instance_id = ? where id = ?")
        .params(instanceId, id).update();
    return id;
  }

  /** Upheld: the period is evaluated again for the expert, with an audit record. */
  void uphold(String complaintId, String response, String decidedBy) {
    Map<String, Object> complaint = find(complaintId);
    evaluations.rerunFor(Period.parse((String) complaint.get("period"), "period"),
        (String) complaint.get("expert_iin"), "complaint " + complaintId + ": " + response);
    decide(complaintId, "UPHELD", response, decidedBy);
  }

  void reject(String complaintId, String response, String decidedBy) {
    decide(complaintId, "REJECTED", response, decidedBy);
  }

  /** SMS with the Committee's answer; dedupe by complaint id. */
  void notifyExpert(String complaintId) {
    Map<String, Object> complaint = find(complaintId);
    RegistryEntry expert = registry.findLatest((String) complaint.get("expert_iin"))
        .orElseThrow();
    SmsTemplate template = "UPHELD".equals(complaint.get("outcome"))
        ? SmsTemplate.COMPLAINT_UPHELD : SmsTemplate.COMPLAINT_REJECTED;
    notifications.send(new SmsRequest("complaint:" + complaintId, expert.phone(),
        expert.language(), template, expert.fullName(),
        List.of(shortened(String.valueOf(complaint.get("response")))),
        (String) complaint.get("period"),
        null, expert.iin()));
  }

  /** The answer may be 4000 characters; the SMS carries its start (the cabinet has it all). */
  private static String shortened(String response) {
    return response.length() <= SMS_RESPONSE_LENGTH ? response
        : response.substring(0, SMS_RESPONSE_LENGTH - 1) + "…";
  }

  /** R408-7, R408-9: the expert's complaints with the Committee's answers, newest first. */
  List<ComplaintView> of(String iin) {
    return jdbc.sql("select id, period, text, filed_at, outcome, response, decided_at "
            + "from evaluation_complaint where expert_iin = ? order by filed_at desc")
        .param(iin)
        .query((rs, n) -> new ComplaintView(rs.getString("id"), rs.getString("period"),
            rs.getString("text"), rs.getObject("filed_at", java.time.OffsetDateTime.class),
            rs.getString("outcome"), rs.getString("response"),
            rs.getObject("decided_at", java.time.OffsetDateTime.class)))
        .list();
  }

  record ComplaintView(String complaintId, String period, String text,
      java.time.OffsetDateTime filedAt, String outcome, String response,
      java.time.OffsetDateTime decidedAt) {}

  Map<String, Object> find(String complaintId) {
    return jdbc.sql("select id, expert_iin, period, text, outcome, response, decided_by "
        + "from evaluation_complaint where id = ?").param(complaintId).query().singleRow();
  }

  private void decide(String complaintId, String outcome, String response, String decidedBy) {
    jdbc.sql("update evaluation_complaint set outcome = ?, response = ?, decided_by = ?, "
            + "decided_at = ? where id = ?")
        .params(outcome, response, decidedBy, EvaluationRepository.now(), complaintId).update();
  }
}
