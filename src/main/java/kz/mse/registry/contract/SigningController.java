package kz.mse.registry.contract;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SigningController {

  private final ContractService contracts;

  SigningController(ContractService contracts) {
    this.contracts = contracts;
  }

  /** 202 when the signature completes the wait, 200 when it was already recorded. */
  @PostMapping("/api/integrations/signing/results")
  @PreAuthorize("hasAuthority('integration')")
  ResponseEntity<ContractService.SigningReceipt> signed(
      @Valid @RequestBody SigningResult result) {
    ContractService.SigningReceipt receipt = contracts.signed(result);
    return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .body(receipt);
  }

  @GetMapping("/api/applications/{id}/contract")
  @PreAuthorize("hasAuthority('committee')")
  ResponseEntity<byte[]> contract(@PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .body(contracts.contract(id));
  }
}
