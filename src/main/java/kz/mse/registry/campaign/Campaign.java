package kz.mse.registry.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An announcement of document acceptance (R393-4) with the positions it offers. */
public record Campaign(
    String id,
    String title,
    CampaignStatus status,
    LocalDate publishedOn,
    LocalDate acceptanceFrom,
    LocalDate acceptanceTo,
    Organization organization,
    List<Position> positions) {

  /** This campaign with the given positions. */
  Campaign withPositions(List<Position> stored) {
    return new Campaign(id, title, status, publishedOn, acceptanceFrom, acceptanceTo,
        organization, stored);
  }

  /** R393-4.1: the state body's name, location, phones and e-mails. */
  public record Organization(String name, String address, List<String> phones,
      List<String> emails) {}

  /** R393-4.3: a wanted specialty, how many, duties, the approved tariff and payment terms. */
  public record Position(String specialtyProfile, List<String> nosologies, int seats,
      String duties, BigDecimal tariffKzt, String paymentTerms) {}

  public Optional<Position> position(String specialtyProfile) {
    return positions.stream()
        .filter(p -> p.specialtyProfile().equalsIgnoreCase(specialtyProfile))
        .findFirst();
  }
}
