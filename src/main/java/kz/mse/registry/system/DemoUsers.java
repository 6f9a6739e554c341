package kz.mse.registry.system;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's users of API.md, one per role, each with the password {@code demo}.
 * The admin user itself comes from {@code camunda.bpm.admin-user} (application-demo.yml).
 */
@Component
@Profile("demo")
class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
  private static final Map<String, String> USER_TO_GROUP = Map.of(
      "reviewer", Roles.COMMITTEE,
      "portal", Roles.PORTAL,
      "integration", Roles.INTEGRATION);

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  @Order(10)
  public void createDemoUsers(ApplicationReadyEvent event) {
    USER_TO_GROUP.forEach(this::ensureUserInGroup);
    log.warn("Demo profile: users admin, reviewer, portal, integration have the password 'demo'");
  }

  private void ensureUserInGroup(String userId, String groupId) {
    EngineGroups.ensureExists(identityService, groupId);
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(Character.toUpperCase(userId.charAt(0)) + userId.substring(1));
      user.setLastName("Demo");
      user.setEmail(userId + "@demo.mse.kz");
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  /** Group creation shared by every identity bootstrap. */
  static final class EngineGroups {
    private EngineGroups() {}

    static void ensureExists(IdentityService identityService, String groupId) {
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identityService.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }
}
