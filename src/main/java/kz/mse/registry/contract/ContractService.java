package kz.mse.registry.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.campaign.Campaign;
import kz.mse.registry.campaign.CampaignService;
import kz.mse.registry.intake.Application;
import kz.mse.registry.intake.ApplicationProgress;
import kz.mse.registry.intake.ApplicationService;
import kz.mse.registry.intake.ApplicationStatus;
import kz.mse.registry.system.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R393-10/11: drafts the contract, sends it for EDS signing and records the signature. */
@Service
public class ContractService {

  static final String SIGNED_MESSAGE = "ContractSigned";
  /** R393-10: the expert signs within 3 working days. */
  static final int SIGNING_WORKING_DAYS = 3;
  /** R393-11: the registry row within 3 working days from the day of signing. */
  static final int REGISTRY_ENTRY_WORKING_DAYS = 3;

  /**
   * One statement (SQL-standard MERGE: H2 and PostgreSQL 15+): a new row, or, when an admin
   * moved the instance back before this step in Cockpit, the earlier draft replaced unsigned.
   */
  private static final String STORE_DRAFT = """
      merge into contract c
      using (select cast(? as varchar(36)) as application_id, cast(? as bytea) as pdf,
                    cast(? as timestamp with time zone) as created_at) d
      on c.application_id = d.application_id
      when matched then update set pdf = d.pdf, created_at = d.created_at, signed_at = null,
                                   signature_base64 = null
      when not matched then insert (application_id, pdf, created_at)
                            values (d.application_id, d.pdf, d.created_at)""";

  public record SigningReceipt(String applicationId, boolean duplicate, ApplicationStatus status) {}

  private final JdbcClient jdbc;
  private final ApplicationService applications;
  private final ApplicationProgress progress;
  private final CampaignService campaigns;
  private final ContractPdf pdf;
  private final EdsSigning signing;
  private final WorkingDays workingDays;
  private final RuntimeService runtimeService;

  ContractService(JdbcClient jdbc, ApplicationService applications,
      ApplicationProgress progress, CampaignService campaigns, ContractPdf pdf,
      EdsSigning signing, WorkingDays workingDays, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.progress = progress;
    this.campaigns = campaigns;
    this.pdf = pdf;
    this.signing = signing;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
  }

  /**
   * Drafts, stores and sends the contract and sets the last day to sign (handed on to the
   * signing timer by {@code progress}). A second draft of the same application replaces the
   * stored contract.
   */
  @Transactional
  void draftAndSend(String applicationId) {
    Application a = applications.withoutDetails(applicationId);
    Campaign campaign = campaigns.get(a.campaignId());
    Campaign.Position position = campaign.position(a.specialtyProfile()).orElseThrow();
    LocalDate today = workingDays.today();
    byte[] document = pdf.render(a, campaign, position, today);
    jdbc.sql(STORE_DRAFT).params(applicationId, document, now()).update();
    signing.requestSignature(applicationId, a.iin(), document);
    LocalDate signingDue = workingDays.deadlineDate(today, SIGNING_WORKING_DAYS);
    progress.awaitingSignature(applicationId, signingDue);
  }

  byte[] contract(String applicationId) {
    applications.withoutDetails(applicationId);
    return jdbc.sql("select pdf from contract where application_id = ?").param(applicationId)
        .query((rs, n) -> rs.getBytes(1)).optional()
        .orElseThrow(() -> ApiException.notFound("no contract for " + applicationId));
  }

  @Transactional
  public SigningReceipt signed(SigningResult result) {
    Application a = applications.withoutDetails(result.applicationId());
    if (a.status() == ApplicationStatus.AWAITING_REGISTRY_ENTRY
        || a.status() == ApplicationStatus.INCLUDED) {
      return new SigningReceipt(a.id(), true, a.status());
    }
    if (a.status() != ApplicationStatus.AWAITING_SIGNATURE) {
      throw ApiException.conflict("application " + a.id() + " is " + a.status()
          + ", not AWAITING_SIGNATURE");
    }
    LocalDate signingDue = a.deadlines().signingDue();
    if (workingDays.today().isAfter(signingDue) || result.signedAt()
        .atZoneSameInstant(WorkingDays.ALMATY).toLocalDate().isAfter(signingDue)) {
      throw ApiException.conflict("the signing deadline was " + signingDue + " (R393-10)");
    }
    jdbc.sql("update contract set signed_at = ?, signature_base64 = ? where application_id = ?")
        .params(result.signedAt(), result.signatureBase64(), a.id()).update();
    LocalDate signedOn = result.signedAt().atZoneSameInstant(WorkingDays.ALMATY).toLocalDate();
    LocalDate entryDue = workingDays.deadlineDate(signedOn, REGISTRY_ENTRY_WORKING_DAYS);
    progress.awaitingRegistryEntry(a.id(), entryDue);
    runtimeService.createMessageCorrelation(SIGNED_MESSAGE)
        .processInstanceBusinessKey(a.id())
        .correlate(); // the entry deadline is handed on by progress, no variable
    return new SigningReceipt(a.id(), false, ApplicationStatus.AWAITING_REGISTRY_ENTRY);
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
