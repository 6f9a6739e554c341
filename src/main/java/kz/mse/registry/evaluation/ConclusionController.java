package kz.mse.registry.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kz.mse.registry.calendar.WorkingDays;
import org.springframework.dao.DuplicateKeyException;
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
    List<Conclusion> conclusions = ConclusionParser.parse(body, workingDays.today());
    ConclusionIntake.IntakeSummary summary;
    try {
      summary = intake.store(conclusions);
    } catch (DuplicateKeyException concurrentCall) {
      // Another call stored some of the same ids meanwhile: the retry sees and skips them.
      summary = intake.store(conclusions);
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(summary);
  }
}
