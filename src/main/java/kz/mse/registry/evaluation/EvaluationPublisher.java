package kz.mse.registry.evaluation;

import java.util.List;
import kz.mse.registry.notification.NotificationService;
import kz.mse.registry.notification.SmsDeliveryException;
import kz.mse.registry.notification.SmsRequest;
import kz.mse.registry.notification.SmsTemplate;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * R408-7: tells each expert by SMS that the month's result is in the cabinet. Runs as its own
 * job after the results were committed, so a failed SMS never loses the evaluation; the dedupe
 * key {@code evaluation:<period>:<iin>} keeps a retried job from sending twice.
 */
@Service
class EvaluationPublisher {

  private static final Logger log = LoggerFactory.getLogger(EvaluationPublisher.class);

  private final EvaluationRepository repository;
  private final RegistryService registry;
  private final NotificationService notifications;

  EvaluationPublisher(EvaluationRepository repository, RegistryService registry,
      NotificationService notifications) {
    this.repository = repository;
    this.registry = registry;
    this.notifications = notifications;
  }

  /** Sends to every scored expert; one failure does not stop the others, the job retries. */
  void publish(Period period) {
    SmsDeliveryException failure = null;
    List<StoredResult> results = repository.scored(period);
    for (StoredResult result : results) {
      RegistryEntry expert = registry.findLatest(result.expertIin()).orElse(null);
      if (expert == null) {
        continue;
      }
      try {
        notifications.send(new SmsRequest("evaluation:" + period + ":" + expert.iin(),
            expert.phone(), expert.language(), SmsTemplate.EVALUATION_PUBLISHED,
            expert.fullName(), List.of(EvaluationScore.display(result.score()) + " %"),
            period.value(), null, expert.iin()));
      } catch (SmsDeliveryException e) {
        log.warn("Evaluation SMS {} to {} failed: {}", period, expert.iin(), e.getMessage());
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
