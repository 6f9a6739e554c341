package kz.mse.registry.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the {@code committee} group exactly what a reviewer needs in Tasklist: access to the
 * app, read of process definitions (names and forms) and read of the committee's filters. Task
 * read/update comes from the engine's default permissions for candidate groups. Idempotent:
 * runs at every start.
 */
@Component
class CommitteeWorkspace {

  static final String ALL_TASKS = "All committee tasks";
  static final String DUE_OR_OVERDUE = "Due today or overdue";
  static final String APPLICATIONS_TO_REVIEW = "Applications to review";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  CommitteeWorkspace(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener
  @Order(5)
  public void prepare(ApplicationReadyEvent event) {
    for (String group : List.of(Roles.COMMITTEE, Roles.PORTAL, Roles.INTEGRATION)) {
      DemoUsers.EngineGroups.ensureExists(identityService, group);
    }
    grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(Resources.DEPLOYMENT, "*", Permissions.READ);
    ensureFilter(ALL_TASKS, -10, committeeTasks(), "All open tasks of the Committee");
    ensureFilter(DUE_OR_OVERDUE, -5, committeeTasks().dueBeforeExpression(
        "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"),
        "Committee tasks whose deadline is today or already past");
    ensureFilter(APPLICATIONS_TO_REVIEW, 0,
        committeeTasks().taskDefinitionKey("Activity_ReviewApplication"),
        "Applications waiting for the document review (R393-7, 5 working days)");
  }

  private TaskQuery committeeTasks() {
    return taskService.createTaskQuery().taskCandidateGroup(Roles.COMMITTEE).includeAssignedTasks();
  }

  private void ensureFilter(String name, int priority, TaskQuery query, String description) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of(
        "priority", priority,
        "description", description,
        "refresh", true,
        "variables", List.of(
            Map.of("name", "applicationId", "label", "Application"),
            Map.of("name", "candidateName", "label", "Candidate"))));
    filterService.saveFilter(filter);
    grant(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grant(Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(Roles.COMMITTEE).resourceType(resource).resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GRANT).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(Roles.COMMITTEE);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
