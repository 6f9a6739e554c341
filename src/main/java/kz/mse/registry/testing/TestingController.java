package kz.mse.registry.testing;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TestingController {

  private final TestingService service;

  TestingController(TestingService service) {
    this.service = service;
  }

  /** 202 for a new attempt, 200 for an attempt seen before (no change). */
  @PostMapping("/api/integrations/testing/results")
  @PreAuthorize("hasAuthority('integration')")
  ResponseEntity<TestingService.Receipt> result(@Valid @RequestBody TestResult result) {
    TestingService.Receipt receipt = service.record(result);
    return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .body(receipt);
  }
}
