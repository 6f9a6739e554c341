package kz.mse.registry.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.IinNumbers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Evaluation" (Order 408): runs, tables (JSON or PDF), plans and complaints. */
@RestController
class EvaluationController {

  static final String RUN_MESSAGE = "EvaluationRunRequested";

  private final EvaluationService evaluations;
  private final EvaluationTables tables;
  private final EvaluationPdf pdf;
  private final EvaluationRepository repository;
  private final Complaints complaints;
  private final RegistryService registry;
  private final RuntimeService runtimeService;

  EvaluationController(EvaluationService evaluations, EvaluationTables tables,
      EvaluationPdf pdf, EvaluationRepository repository, Complaints complaints,
      RegistryService registry, RuntimeService runtimeService) {
    this.evaluations = evaluations;
    this.tables = tables;
    this.pdf = pdf;
    this.repository = repository;
    this.complaints = complaints;
    this.registry = registry;
    this.runtimeService = runtimeService;
  }

  record RunRequest(@NotBlank String period) {}

  /** R408-3 on demand: evaluates the period now (through bpmn/expert-evaluation.bpmn). */
  @PostMapping("/api/evaluations/run")
  @PreAuthorize("hasAuthority('camunda-admin')")
  EvaluationService.RunSummary run(@Valid @RequestBody RunRequest request) {
    Period period = evaluations.requestedPeriod(request.period());
    // the summary the evaluation step stored as variables: no second read of the results
    VariableMap summary = runtimeService.createMessageCorrelation(RUN_MESSAGE)
        .setVariable("period", period.value())
        .correlateWithResultAndVariables(false).getVariables();
    return new EvaluationService.RunSummary(summary.getValue("period", String.class),
        summary.getValue("experts", Integer.class), summary.getValue("scored", Integer.class),
        summary.getValue("belowThreshold", Integer.class),
        summary.getValue("planFailures", Integer.class));
  }

  /** R408-6, R408-7: the evaluation table, JSON or (Accept: application/pdf) printable. */
  @GetMapping("/api/experts/{iin}/evaluations/{period}")
  @PreAuthorize("hasAnyAuthority('committee', 'portal')")
  ResponseEntity<?> table(@PathVariable String iin, @PathVariable String period,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    TableLabels labels = TableLabels.of(lang);
    EvaluationTable table = tables.table(checkIin(iin), Period.parse(period, "period"), labels);
    if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION,
              "inline; filename=\"evaluation-" + iin + "-" + period + ".pdf\"")
          .body(pdf.render(table, labels));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
  }

  record ComplaintRequest(@NotBlank @Size(max = 4000) String text) {}

  /** R408-9: the expert disagrees with a monthly or yearly result. */
  @PostMapping("/api/experts/{iin}/evaluations/{period}/complaints")
  @PreAuthorize("hasAuthority('portal')")
  ResponseEntity<Map<String, String>> complain(@PathVariable String iin,
      @PathVariable String period, @Valid @RequestBody ComplaintRequest request) {
    String id = complaints.file(checkIin(iin), Period.parse(period, "period"), request.text());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("complaintId", id));
  }

  /** The expert's complaints and the Committee's answers (the cabinet shows them). */
  @GetMapping("/api/experts/{iin}/complaints")
  @PreAuthorize("hasAnyAuthority('committee', 'portal')")
  List<Complaints.ComplaintView> complaints(@PathVariable String iin) {
    return complaints.of(knownExpert(iin));
  }

  record PlanRequest(@NotNull @Min(1) @Max(10000) Integer plannedMonthlyExaminations) {}

  record Plan(String expertIin, int plannedMonthlyExaminations, List<String> failedMonths) {}

  /** R393-13.2: the planned examinations per month of the expert's contract. */
  @PutMapping("/api/experts/{iin}/plan")
  @PreAuthorize("hasAuthority('committee')")
  Plan setPlan(@PathVariable String iin, @Valid @RequestBody PlanRequest request,
      Principal user) {
    String expert = knownExpert(iin);
    repository.savePlan(expert, request.plannedMonthlyExaminations(), user.getName());
    return plan(expert);
  }

  @GetMapping("/api/experts/{iin}/plan")
  @PreAuthorize("hasAuthority('committee')")
  Plan getPlan(@PathVariable String iin) {
    return plan(knownExpert(iin));
  }

  private Plan plan(String iin) {
    return new Plan(iin, evaluations.plannedFor(iin), repository.planFailurePeriods(iin));
  }

  private String knownExpert(String iin) {
    checkIin(iin);
    if (registry.findLatest(iin).isEmpty()) {
      throw ApiException.notFound("No expert with IIN " + iin);
    }
    return iin;
  }

  private static String checkIin(String iin) {
    if (!IinNumbers.isValid(iin)) {
      throw ApiException.badInput("iin", "must be a valid IIN");
    }
    return iin;
  }
}
