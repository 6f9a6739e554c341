package kz.mse.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Explicit paths only:
 * Selenium Manager never downloads a browser or a driver. Missing packages fail the test.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private final WebDriver driver;
  private final Path profile;
  private final String baseUrl;

  private Browser(WebDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
  }

  static Browser open(int port) {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("Browser tests need Debian's Chromium and chromedriver: "
            + "run `apt-get install -y chromium chromium-driver`")
        .isTrue();
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("e2e-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--window-size=1200,800",
          "--lang=en-US", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile,
          "http://localhost:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  WebElement await(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement awaitClickable(By locator) {
    return until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Scrolls the element to the middle of the pane first: the webapp footer covers the bottom. */
  void click(By locator) {
    until(d -> {
      WebElement element = d.findElement(locator);
      ((org.openqa.selenium.JavascriptExecutor) d)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        element.click();
        return true;
      } catch (org.openqa.selenium.ElementClickInterceptedException
          | org.openqa.selenium.StaleElementReferenceException stillMoving) {
        return false;
      }
    });
  }

  <T> T until(ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    } catch (RuntimeException e) {
      dump("failure-" + System.currentTimeMillis());
      throw e;
    }
  }

  /** Logs in through a Camunda webapp's own login form (the webapp handles CSRF). */
  void login(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    await(By.cssSelector("form[name='signinForm'] input[type='password']"));
    // The login form autofocuses its user field once Angular has rendered it: type, then check
    // what landed where, and type again when the focus jumped in between.
    until(d -> {
      WebElement username = d.findElement(By.cssSelector("form[name='signinForm'] input[type='text']"));
      WebElement secret = d.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
      username.clear();
      username.sendKeys(user);
      secret.click();
      secret.clear();
      secret.sendKeys(password);
      return user.equals(username.getDomProperty("value"))
          && password.equals(secret.getDomProperty("value"));
    });
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
  }

  /** Scrolls the element into the middle of the view, e.g. before a screenshot of it. */
  void scrollTo(By locator) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", await(locator));
  }

  /** Saves a PNG of the current screen under target/e2e-screenshots and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshot plus page source, for a locator that did not match. */
  void dump(String name) {
    try {
      screenshot(name);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException ignored) {
      // the original failure is what matters
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
