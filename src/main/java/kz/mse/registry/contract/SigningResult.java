package kz.mse.registry.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The EDS signing service reports a signed contract (R393-10). */
public record SigningResult(
    @NotBlank @Size(max = 36) String applicationId,
    @NotNull OffsetDateTime signedAt,
    @Size(max = 100000) String signatureBase64) {}
