package kz.mse.registry.notification;

import java.util.List;
import kz.mse.registry.system.ApiException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every SMS sent or queued, for the Committee (API.md "SMS"). */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAuthority('committee')")
class NotificationController {

  private final NotificationService notifications;

  NotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  List<Notification> list(@RequestParam(required = false) String applicationId,
      @RequestParam(required = false) String expertIin) {
    if (applicationId != null) {
      return notifications.forApplication(applicationId);
    }
    if (expertIin != null) {
      return notifications.forExpert(expertIin);
    }
    throw ApiException.badInput("applicationId", "give applicationId or expertIin");
  }
}
