package kz.mse.registry.campaign;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcements of document acceptance (R393-4) and the gate every application passes. */
@Service
public class CampaignService {

  static final String PROCESS_KEY = "intake-campaign";
  /** R393-4: the announcement is published 10 working days before acceptance starts. */
  static final int NOTICE_WORKING_DAYS = 10;

  private final CampaignRepository repository;
  private final WorkingDays workingDays;
  private final RuntimeService runtimeService;

  CampaignService(CampaignRepository repository, WorkingDays workingDays,
      RuntimeService runtimeService) {
    this.repository = repository;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
  }

  /** Records the announcement and starts its timers; the status follows from the dates. */
  @Transactional
  Campaign create(NewCampaign request, String createdBy) {
    LocalDate publishedOn = request.publishedOn() == null
        ? workingDays.today() : request.publishedOn();
    checkDates(publishedOn, request.acceptanceFrom(), request.acceptanceTo());
    checkUniqueSpecialties(request.positions());
    Campaign campaign = new Campaign(UUID.randomUUID().toString(), request.title().strip(),
        CampaignStatus.on(workingDays.today(), request.acceptanceFrom(), request.acceptanceTo()),
        publishedOn, request.acceptanceFrom(), request.acceptanceTo(),
        new Campaign.Organization(request.organization().name(),
            request.organization().address(), request.organization().phones(),
            request.organization().emails()),
        request.positions().stream().map(p -> new Campaign.Position(p.specialtyProfile().strip(),
            p.nosologies().stream().distinct().toList(), p.seats(), p.duties(), p.tariffKzt(),
            p.paymentTerms())).toList());
    repository.insert(campaign, createdBy,
        ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, campaign.id(), Map.of(
        "campaignId", campaign.id(),
        "campaignTitle", campaign.title(),
        "acceptanceOpensAt", WorkingDays.startOf(campaign.acceptanceFrom()),
        "acceptanceClosesAt", WorkingDays.startOf(campaign.acceptanceTo().plusDays(1))));
    return campaign;
  }

  private void checkDates(LocalDate publishedOn, LocalDate from, LocalDate to) {
    LocalDate earliestFrom = workingDays.deadlineDate(publishedOn, NOTICE_WORKING_DAYS);
    if (from.isBefore(earliestFrom)) {
      throw ApiException.badInput("acceptanceFrom", "must be at least " + NOTICE_WORKING_DAYS
          + " working days after publishedOn (" + publishedOn + "): " + earliestFrom
          + " or later (R393-4)");
    }
    if (to.isBefore(from)) {
      throw ApiException.badInput("acceptanceTo", "must not be before acceptanceFrom");
    }
  }

  private static void checkUniqueSpecialties(List<NewCampaign.NewPosition> positions) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      if (!seen.add(positions.get(i).specialtyProfile().strip().toLowerCase())) {
        throw ApiException.badInput("positions[" + i + "].specialtyProfile",
            "is listed twice in this campaign");
      }
    }
  }

  public Campaign get(String id) {
    return repository.find(id)
        .orElseThrow(() -> ApiException.notFound("No campaign " + id));
  }

  List<Campaign> list() {
    return repository.findAll();
  }

  /**
   * The position an application is for: the campaign must be ACCEPTING (409 otherwise) and
   * list the specialty profile (400 on {@code specialtyProfile} otherwise).
   */
  public Campaign.Position requireAcceptingPosition(String campaignId, String specialtyProfile) {
    Campaign campaign = get(campaignId);
    if (campaign.status() != CampaignStatus.ACCEPTING) {
      throw ApiException.conflict("Campaign " + campaignId + " is " + campaign.status()
          + ": applications are accepted from " + campaign.acceptanceFrom() + " to "
          + campaign.acceptanceTo());
    }
    return campaign.position(specialtyProfile).orElseThrow(() -> ApiException.badInput(
        "specialtyProfile", "the campaign does not announce this specialty profile"));
  }

  void advance(String campaignId, CampaignStatus status) {
    repository.advanceStatus(campaignId, status);
  }
}
