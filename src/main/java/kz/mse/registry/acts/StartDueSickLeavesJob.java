package kz.mse.registry.acts;

import kz.mse.registry.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R393-14: a sick leave announced in advance moves the expert's acts on its first day. Runs
 * just after midnight in Almaty (and is idempotent: an expert without undecided acts moves
 * nothing). {@code registry.acts.sick-leave-cron} = "-" switches it off (the test profile).
 */
@Component
class StartDueSickLeavesJob {

  private static final Logger log = LoggerFactory.getLogger(StartDueSickLeavesJob.class);

  private final SickLeaveService sickLeaves;
  private final WorkingDays workingDays;

  StartDueSickLeavesJob(SickLeaveService sickLeaves, WorkingDays workingDays) {
    this.sickLeaves = sickLeaves;
    this.workingDays = workingDays;
  }

  @Scheduled(cron = "${registry.acts.sick-leave-cron:0 1 0 * * *}", zone = "Asia/Almaty")
  void startDueLeaves() {
    int moved = sickLeaves.startDueLeaves(workingDays.today());
    if (moved > 0) {
      log.info("Sick leaves starting today moved {} draft acts (R393-14)", moved);
    }
  }
}
