package kz.mse.registry.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.mse.registry.validation.Icd10;
import kz.mse.registry.validation.KazakhPhone;

/** {@code POST /api/campaigns} body (API.md "Campaigns"). */
record NewCampaign(
    @NotBlank @Size(max = 300) String title,
    LocalDate publishedOn,
    @NotNull LocalDate acceptanceFrom,
    @NotNull LocalDate acceptanceTo,
    @NotNull @Valid NewOrganization organization,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid NewPosition> positions) {

  record NewOrganization(
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 500) String address,
      @NotEmpty @Size(max = 10) List<@NotNull @KazakhPhone String> phones,
      @NotEmpty @Size(max = 10) List<@NotBlank @Email @Size(max = 200) String> emails) {}

  record NewPosition(
      @NotBlank @Size(max = 200) String specialtyProfile,
      @NotEmpty @Size(max = 200) List<@NotNull @Icd10 String> nosologies,
      @Min(1) @Max(100000) int seats,
      @NotBlank @Size(max = 4000) String duties,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
      BigDecimal tariffKzt,
      @NotBlank @Size(max = 2000) String paymentTerms) {}
}
