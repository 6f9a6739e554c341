package kz.mse.registry.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.campaign.Campaign;
import kz.mse.registry.campaign.CampaignService;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.Icd10Codes;
import kz.mse.registry.validation.PhoneNumbers;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepts applications for inclusion (R393-5, R393-6, Appendix 2) and reports their state. */
@Service
public class ApplicationService {

  /** R393-7: the Committee reviews within 5 working days after the day of acceptance. */
  static final int REVIEW_WORKING_DAYS = 5;

  private final ApplicationRepository repository;
  private final CampaignService campaigns;
  private final RegistryService registry;
  private final WorkingDays workingDays;
  private final AdmissionProcess process;

  ApplicationService(ApplicationRepository repository, CampaignService campaigns,
      RegistryService registry, WorkingDays workingDays, AdmissionProcess process) {
    this.repository = repository;
    this.campaigns = campaigns;
    this.registry = registry;
    this.workingDays = workingDays;
    this.process = process;
  }

  /** Row, documents and the process start commit together or not at all. */
  @Transactional
  public Application submit(NewApplication request) {
    List<DocumentContent> contents = decodeDocuments(request.documents());
    Campaign.Position position = campaigns.requireAcceptingPosition(request.campaignId(),
        request.specialtyProfile());
    checkNosologiesOffered(request.nosologies(), position);
    checkCandidateMayApply(request);
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    LocalDate reviewDue = workingDays.deadlineDate(workingDays.today(), REVIEW_WORKING_DAYS);
    Application row = repository.insert(id, request, PhoneNumbers.toE164(request.phone()),
        reviewDue, now);
    List<Application.DocumentInfo> documents = repository.insertDocuments(id,
        request.documents(), contents);
    process.start(id);
    return row.withDocuments(documents); // what was written: no read back
  }

  public Application get(String id) {
    return found(repository.find(id), id);
  }

  /** The application with its documents, without test attempts (a list left empty). */
  Application withDocuments(String id) {
    return found(repository.findWithDocuments(id), id);
  }

  /**
   * The application without its documents and test attempts (both lists empty): for steps
   * that need only the candidate and the status, one query instead of three.
   */
  public Application withoutDetails(String id) {
    return found(repository.findWithoutDetails(id), id);
  }

  private static Application found(Optional<Application> application, String id) {
    return application.orElseThrow(() -> ApiException.notFound("no application " + id));
  }

  ApplicationRepository.StoredFile file(String applicationId, long documentId) {
    withoutDetails(applicationId);
    return repository.findFile(applicationId, documentId)
        .orElseThrow(() -> ApiException.notFound("no file for document " + documentId));
  }

  private static List<DocumentContent> decodeDocuments(List<NewApplication.Document> docs) {
    List<DocumentContent> contents = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      contents.add(DocumentContent.decode(i, docs.get(i).contentBase64()));
    }
    return contents;
  }

  private static void checkNosologiesOffered(List<String> nosologies,
      Campaign.Position position) {
    for (int i = 0; i < nosologies.size(); i++) {
      if (!Icd10Codes.covers(position.nosologies(), nosologies.get(i))) {
        throw ApiException.badInput("nosologies[" + i + "]", nosologies.get(i)
            + " is not among the nosologies of position " + position.specialtyProfile()
            + " " + position.nosologies());
      }
    }
  }

  private void checkCandidateMayApply(NewApplication request) {
    RegistryService.Standing standing = registry.standing(request.iin());
    if (standing == RegistryService.Standing.BARRED) {
      throw ApiException.conflict("this IIN was excluded without the right to be included"
          + " again (R393-13.2)");
    }
    if (standing == RegistryService.Standing.ACTIVE) {
      throw ApiException.conflict("this IIN is already in the registry");
    }
    if (repository.hasInProgress(request.campaignId(), request.iin())) {
      throw ApiException.conflict("an application of this IIN is still in progress in this"
          + " campaign");
    }
  }
}
