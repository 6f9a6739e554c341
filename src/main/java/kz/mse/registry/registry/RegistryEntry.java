package kz.mse.registry.registry;

import java.time.LocalDate;
import java.util.List;

/** One row of the registry, Appendix 1 (R393-3), plus contact data for notices. */
public record RegistryEntry(
    long number,
    String iin,
    String lastName,
    String firstName,
    String patronymic,
    String residence,
    String specialtyProfile,
    List<String> nosologies,
    LocalDate includedOn,
    LocalDate excludedOn,
    String exclusionGround,
    String exclusionReason,
    boolean reinclusionBarred,
    String phone,
    String email,
    String language,
    String applicationId) {

  /** Surname, name, patronymic (if any), Appendix 1 column 3. */
  public String fullName() {
    return patronymic == null || patronymic.isBlank()
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + patronymic;
  }

  public boolean isExcluded() {
    return excludedOn != null;
  }
}
