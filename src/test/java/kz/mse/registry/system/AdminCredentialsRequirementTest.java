package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile the first administrator must come from the environment. */
class AdminCredentialsRequirementTest {

  private final AdminCredentialsRequirement requirement = new AdminCredentialsRequirement();

  @Test
  void startupStopsWithAClearMessageWithoutAdminCredentials() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "")
        .withProperty("camunda.bpm.admin-user.password", "");

    assertThatThrownBy(() -> requirement.postProcessEnvironment(environment,
        new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MSE_ADMIN_USER").hasMessageContaining("MSE_ADMIN_PASSWORD");
  }

  @Test
  void adminCredentialsFromTheEnvironmentAreEnough() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "chief")
        .withProperty("camunda.bpm.admin-user.password", "s3cret");

    assertThatCode(() -> requirement.postProcessEnvironment(environment,
        new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileNeedsNoEnvironment() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");

    assertThatCode(() -> requirement.postProcessEnvironment(environment,
        new SpringApplication())).doesNotThrowAnyException();
  }
}
