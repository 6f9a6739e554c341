package kz.mse.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may open which Camunda webapp (API.md roles): the committee works in Tasklist, the
 * portal and integration accounts are machine users without any webapp, and Cockpit is for
 * administrators only.
 */
@RegistryTest
class WebappAccessE2ETest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void reviewerOpensTasklistWithTheCommitteeFilters() {
    browser.login("tasklist", "reviewer", "demo");
    browser.await(By.xpath("//*[contains(text(),'Applications to review')]"));
    assertThat(browser.driver().getPageSource()).contains("All committee tasks");
  }

  @Test
  void portalUserCannotOpenTasklist() {
    assertLoginRefused("tasklist", "portal");
  }

  @Test
  void integrationUserCannotOpenTasklist() {
    assertLoginRefused("tasklist", "integration");
  }

  @Test
  void reviewerCannotOpenCockpit() {
    assertLoginRefused("cockpit", "reviewer");
    browser.screenshot("cockpit-refused-reviewer");
  }

  private void assertLoginRefused(String app, String user) {
    browser.login(app, user, "demo");
    browser.until(driver -> driver.getPageSource().contains("Login Failed")
        || driver.getPageSource().toLowerCase().contains("missing access rights"));
    assertThat(browser.driver().findElement(By.cssSelector("input[type='password']"))
        .isDisplayed()).as("still on the login form").isTrue();
    assertThat(browser.driver().getPageSource()).doesNotContain("All committee tasks");
  }
}
