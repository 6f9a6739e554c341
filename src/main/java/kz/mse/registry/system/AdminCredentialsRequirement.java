package kz.mse.registry.system;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Outside the {@code demo} profile no password is hard-coded: the first administrator comes
 * from MSE_ADMIN_USER / MSE_ADMIN_PASSWORD, and startup stops at once, with this message,
 * when they are missing.
 */
public class AdminCredentialsRequirement implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      return;
    }
    String id = environment.getProperty("camunda.bpm.admin-user.id");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (!StringUtils.hasText(id) || !StringUtils.hasText(password)) {
      throw new IllegalStateException("No administrator configured. Set the environment variables "
          + "MSE_ADMIN_USER and MSE_ADMIN_PASSWORD (the first camunda-admin user), or start with "
          + "the demo profile: --spring.profiles.active=demo");
    }
  }
}
