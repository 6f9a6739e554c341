package kz.mse.registry.exclusion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The Committee excludes an expert on any ground of R393-13. */
@RestController
class ExclusionController {

  record ExclusionRequest(@NotNull ExclusionGround ground,
      @NotBlank @Size(max = 1000) String basis, LocalDate effectiveOn) {}

  record OwnRequest(@NotBlank @Size(max = 2000) String reason,
      @NotBlank @jakarta.validation.constraints.Email String email,
      @NotBlank @kz.mse.registry.validation.KazakhMobile String phone) {}

  private final ExclusionService exclusions;

  ExclusionController(ExclusionService exclusions) {
    this.exclusions = exclusions;
  }

  @PostMapping("/api/registry/{iin}/exclusions")
  @PreAuthorize("hasAuthority('committee')")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> exclude(@PathVariable String iin,
      @Valid @RequestBody ExclusionRequest request) {
    var entry = exclusions.exclude(iin, request.ground(), request.basis(), request.effectiveOn());
    return Map.of("iin", entry.iin(), "excludedOn", entry.excludedOn().toString(),
        "ground", entry.exclusionGround());
  }

  @PostMapping("/api/experts/{iin}/exclusion-requests")
  @PreAuthorize("hasAuthority('portal')")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> request(@PathVariable String iin, @Valid @RequestBody OwnRequest request) {
    String id = exclusions.requestExclusion(iin, request.reason(), request.email(),
        request.phone());
    return Map.of("iin", iin, "processInstanceId", id);
  }
}
