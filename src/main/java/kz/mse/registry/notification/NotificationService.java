package kz.mse.registry.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.PhoneNumbers;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an SMS and keeps it in the outbox. Each attempt's outcome (accepted with the
 * provider's id, or failed with the error) is written in its own transaction right after the
 * provider answered, so it stays recorded even when the caller's transaction (e.g. an engine
 * job that will be retried) rolls back, and a notice whose provider id is known is never sent
 * again.
 */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository repository;
  private final SmsTexts texts;
  private final SmsGateway gateway;
  private final TransactionTemplate ownTransaction;

  NotificationService(NotificationRepository repository, SmsTexts texts, SmsGateway gateway,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.texts = texts;
    this.gateway = gateway;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sends the SMS once per {@code dedupeKey}.
   *
   * @throws SmsDeliveryException when the gateway did not accept it (the attempt is recorded)
   */
  public Notification send(SmsRequest request) {
    Optional<Notification> kept = repository.findByDedupeKey(request.dedupeKey());
    if (kept.isPresent() && kept.get().providerId() != null) {
      return kept.get();
    }
    if (kept.isPresent() && Notification.FAILED.equals(kept.get().status())) {
      // A permanent refusal (e.g. Twilio 21211 invalid number): retrying cannot help.
      throw new SmsDeliveryException("SMS " + kept.get().id() + " was refused for good: "
          + kept.get().error(), true, null);
    }
    return attempt(kept.orElseGet(() -> newNotice(request)), kept.isEmpty(),
        request.dedupeKey());
  }

  /**
   * One call of the provider; its outcome is kept in its own transaction (a new row on the
   * first attempt, an update on a later one) before this returns or throws.
   */
  private Notification attempt(Notification notice, boolean first, String dedupeKey) {
    Notification accepted;
    try {
      accepted = notice.accepted(gateway.send(notice.to(), notice.text()), now());
    } catch (SmsDeliveryException e) {
      Notification failed = notice.attemptFailed(
          e.isPermanent() ? Notification.FAILED : Notification.QUEUED, e.getMessage(), now());
      ownTransaction.executeWithoutResult(status -> keep(failed, first, dedupeKey));
      throw e;
    }
    ownTransaction.executeWithoutResult(status -> keep(accepted, first, dedupeKey));
    log.debug("SMS {} ({}) to {} accepted as {}", notice.id(), notice.template(),
        PhoneNumbers.mask(notice.to()), accepted.providerId());
    return accepted;
  }

  private Notification newNotice(SmsRequest request) {
    String text = texts.render(request);
    return Notification.queued(UUID.randomUUID().toString(), request, text,
        SmsTexts.segments(text), gateway.name(), now());
  }

  /** The outcome of an attempt: a new row on the first, an update on a retry. */
  private void keep(Notification outcome, boolean first, String dedupeKey) {
    if (first) {
      repository.insert(outcome, dedupeKey);
    } else {
      repository.recordAttempt(outcome);
    }
  }

  /** An admin's manual retry of a notice that is queued or failed (not yet accepted). */
  public Notification retry(String id) {
    Notification notification = repository.findById(id)
        .orElseThrow(() -> ApiException.notFound("No notification " + id));
    if (notification.providerId() != null) {
      throw ApiException.conflict("Notification " + id
          + " was already accepted by the provider as " + notification.providerId());
    }
    return attempt(notification, false, null);
  }

  /** Twilio's delivery report; a status never moves backwards (callbacks come out of order). */
  public boolean recordDeliveryStatus(String providerId, String providerStatus,
      String errorCode) {
    String status = DeliveryStatus.normalize(providerStatus);
    return repository.findByProviderId(providerId).map(notification -> {
      if (DeliveryStatus.rank(status) > DeliveryStatus.rank(notification.status())) {
        repository.updateStatus(notification.id(), status,
            errorCode == null || errorCode.isBlank() ? null : "Twilio error " + errorCode, now());
      }
      return true;
    }).orElse(false);
  }

  public List<Notification> failed(int limit) {
    return repository.findByStatus(Notification.FAILED, limit);
  }

  public List<Notification> forApplication(String applicationId) {
    return repository.findByApplication(applicationId);
  }

  public List<Notification> forExpert(String expertIin) {
    return repository.findByExpert(expertIin);
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(java.time.ZoneOffset.UTC);
  }
}
