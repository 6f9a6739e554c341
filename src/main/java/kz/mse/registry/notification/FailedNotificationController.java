package kz.mse.registry.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For process admins: notices the provider refused for good, and a manual retry. */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAuthority('camunda-admin')")
class FailedNotificationController {

  private final NotificationService notifications;

  FailedNotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/failed")
  List<Notification> failed(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return notifications.failed(limit);
  }

  @PostMapping("/{id}/retry")
  ResponseEntity<?> retry(@PathVariable String id) {
    try {
      return ResponseEntity.ok(notifications.retry(id));
    } catch (SmsDeliveryException e) {
      return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage()));
    }
  }
}
