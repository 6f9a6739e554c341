package kz.mse.registry.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.Icd10Codes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry as Appendix 1 (R393-3), JSON or CSV, and each expert's change history. */
@RestController
@RequestMapping("/api/registry")
@PreAuthorize("hasAuthority('committee')")
class RegistryController {

  record Row(long number, String iin, String fullName, String residence,
      String specialtyProfile, List<String> nosologies, LocalDate includedOn,
      LocalDate excludedOn, String exclusionReason) {

    static Row of(RegistryEntry e) {
      return new Row(e.number(), e.iin(), e.fullName(), e.residence(), e.specialtyProfile(),
          e.nosologies(), e.includedOn(), e.excludedOn(), e.exclusionReason());
    }
  }

  private final RegistryService registry;
  private final RegistryHistory history;
  private final kz.mse.registry.calendar.WorkingDays workingDays;

  RegistryController(RegistryService registry, RegistryHistory history,
      kz.mse.registry.calendar.WorkingDays workingDays) {
    this.workingDays = workingDays;
    this.registry = registry;
    this.history = history;
  }

  @GetMapping
  ResponseEntity<?> list(@RequestParam(required = false) String format,
      @RequestParam(required = false) String specialty,
      @RequestParam(required = false) String nosology,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    if (format != null && !format.equals("csv") && !format.equals("json")) {
      throw ApiException.badInput("format", "must be csv or json");
    }
    if (nosology != null && !Icd10Codes.isValid(nosology)) {
      throw ApiException.badInput("nosology", "not an ICD-10 code");
    }
    if (status != null && !List.of("active", "excluded", "sick-leave").contains(status)) {
      throw ApiException.badInput("status", "must be active, excluded or sick-leave");
    }
    if (page < 0) {
      throw ApiException.badInput("page", "must be 0 or more");
    }
    if (size < 1 || size > 1000) {
      throw ApiException.badInput("size", "must be between 1 and 1000");
    }
    Stream<RegistryEntry> rows = registry.findAll().stream();
    if (specialty != null) {
      rows = rows.filter(e -> e.specialtyProfile().equalsIgnoreCase(specialty));
    }
    if (nosology != null) {
      rows = rows.filter(e -> Icd10Codes.covers(e.nosologies(), nosology));
    }
    if ("active".equals(status)) {
      rows = rows.filter(e -> !e.isExcluded());
    } else if ("excluded".equals(status)) {
      rows = rows.filter(RegistryEntry::isExcluded);
    } else if ("sick-leave".equals(status)) {
      java.util.Set<Long> sick = registry.onSickLeave(workingDays.today());
      rows = rows.filter(e -> !e.isExcluded() && sick.contains(e.number()));
    }
    List<Row> all = rows.map(Row::of).toList();
    List<Row> pageRows = all.stream().skip((long) page * size).limit(size).toList();
    HttpHeaders headers = new HttpHeaders();
    headers.add("X-Total-Count", Integer.toString(all.size()));
    if ("csv".equals(format)) {
      headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
      headers.setContentDispositionFormData("attachment", "registry.csv");
      return ResponseEntity.ok().headers(headers).body(RegistryCsv.write(pageRows)
          .getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON)
        .body(pageRows);
  }

  @GetMapping("/{iin}/history")
  List<RegistryHistory.Change> history(@PathVariable String iin) {
    if (registry.findLatest(iin).isEmpty()) {
      throw ApiException.notFound("No expert with IIN " + iin + " in the registry");
    }
    return history.of(iin);
  }
}
