package kz.mse.registry.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kz.mse.registry.validation.Icd10;
import kz.mse.registry.validation.Iin;
import kz.mse.registry.validation.KazakhMobile;

/** The application for inclusion as the portal submits it (Appendix 2, R393-5/6). */
public record NewApplication(
    @NotBlank String campaignId,
    @NotNull @Iin String iin,
    @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = NAME_MESSAGE) String lastName,
    @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = NAME_MESSAGE) String firstName,
    @Size(max = 200) @Pattern(regexp = "\\s*|" + NAME, message = NAME_MESSAGE) String patronymic,
    @NotBlank @Size(max = 500) String residence,
    @NotNull @KazakhMobile String phone,
    @NotBlank @Email @Size(max = 320) String email,
    @NotNull @Pattern(regexp = "kk|ru", message = "must be kk or ru") String language,
    @NotBlank @Size(max = 300) String specialtyProfile,
    @NotEmpty @Size(max = 100) List<@NotNull @Icd10 String> nosologies,
    @NotNull @AssertTrue(message = "consent to personal data processing is required")
    Boolean consentToPersonalData,
    @Min(0) Integer msePracticeYears,
    @NotNull @Size(max = 20) List<@NotNull @Valid Document> documents) {

  public record Document(
      @NotNull DocumentType type,
      @Size(max = 100) String number,
      LocalDate issuedOn,
      LocalDate validUntil,
      @Size(max = 300) String fileName,
      String contentBase64) {}

  /**
   * A person's name as it goes into the registry, the SMS and the contract: letters of any
   * script (Kazakh, Russian, Latin) with their marks, words joined by spaces, hyphens,
   * apostrophes or dots ("Мұхаммед-Әли", "O'Brien"); no digits or symbols.
   */
  static final String NAME = "\\s*[\\p{L}\\p{M}]+([ .'’-]+[\\p{L}\\p{M}]+)*\\.?\\s*";
  static final String NAME_MESSAGE = "must be a name: letters, with spaces, hyphens or apostrophes";

  String fullName() {
    return lastName.strip() + " " + firstName.strip()
        + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic.strip());
  }
}
