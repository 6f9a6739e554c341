package kz.mse.registry.registry;

import java.time.LocalDate;
import java.util.List;

/** What the Committee enters into the registry after the contract is signed (R393-11). */
public record NewExpert(
    String iin,
    String lastName,
    String firstName,
    String patronymic,
    String residence,
    String specialtyProfile,
    List<String> nosologies,
    String phone,
    String email,
    String language,
    String applicationId,
    LocalDate includedOn) {}
