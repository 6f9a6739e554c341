package kz.mse.registry.system;

/** The engine groups of the integration contract; Spring Security sees them as authorities. */
public final class Roles {
  public static final String ADMIN = "camunda-admin";
  public static final String COMMITTEE = "committee";
  public static final String PORTAL = "portal";
  public static final String INTEGRATION = "integration";

  private Roles() {}
}
