package kz.mse.registry.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import kz.mse.registry.calendar.WorkingDays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Evaluation": CBDI feeds expert conclusions, one or thousands per call. */
@RestController
class ConclusionController {

  private final ConclusionIntake intake;
  private final WorkingDays workingDays;

  ConclusionController(ConclusionIntake intake, WorkingDays workingDays) {
    this.intake = intake;
    this.workingDays = workingDays;
  }

  @PostMapping("/api/conclusions")
  @PreAuthorize("hasAuthority('integration')")
  ResponseEntity<ConclusionIntake.IntakeSummary> receive(@RequestBody JsonNode body) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(intake.store(ConclusionParser.parse(body, workingDays.today())));
  }
}
