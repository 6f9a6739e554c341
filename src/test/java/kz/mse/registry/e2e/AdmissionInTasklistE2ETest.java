package kz.mse.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.support.Jobs;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestCampaigns;
import kz.mse.registry.intake.TestApplications;
import kz.mse.registry.support.TestIins;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The committee's admission work in the real Tasklist with the real Camunda Forms
 * (R393-7 review, R393-10 decision, R393-11 registry entry). After every completed form the
 * process variables are checked, so a form field whose key differs from what the process
 * reads fails here.
 */
@RegistryTest
class AdmissionInTasklistE2ETest {

  static final String PROCESS = "expert-admission";
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RegistryService registryService;
  Browser browser;
  String applicationId;
  String candidateName;
  ProcessInstance instance;

  @BeforeEach
  void submitApplication() {
    LocalDate today = LocalDate.now(ALMATY);
    String campaignId = TestCampaigns.createAccepting(rest, today);
    String lastName = "Saparova" + uniqueLetters(); // a name has letters only
    candidateName = lastName + " Aigul Nurlanovna";
    ResponseEntity<Map> created = rest.withBasicAuth("portal", "demo").postForEntity(
        "/api/applications", application(campaignId, lastName, today), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    applicationId = (String) created.getBody().get("id");
    instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(applicationId).singleResult();
    Jobs.executeAll(managementService, instance.getId());
    assertThat(openTask("Activity_ReviewApplication")).isPositive();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    Jobs.resetClock();
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void reviewerAcceptsInTasklist_R393_7_2_invitesToTheTest() {
    openReviewTask();
    assertCandidateAndFindingsShown();
    assertDocumentLinksDownload();
    browser.screenshot("tasklist-review");
    browser.scrollTo(By.xpath("//*[contains(@class,'fjs-form')]//h3[contains(.,'Documents')]"));
    browser.screenshot("tasklist-review-sheet");

    chooseOption("Accept: invite to the test");
    complete("Activity_ReviewApplication");

    assertThat(variable("reviewOutcome")).isEqualTo("ACCEPT");
    assertThat(status()).isEqualTo("TESTING");
    assertThat(templates()).containsExactly("TEST_INVITATION");
  }

  @Test
  void refusalNeedsReasons_R393_7_3_andTheSmsListsThem() {
    openReviewTask();
    chooseOption("Refuse: send the reasons");
    browser.click(completeButton());
    browser.await(By.cssSelector(".fjs-form-field-error, .fjs-has-errors"));
    assertThat(openTask("Activity_ReviewApplication")).as("refusal without reasons").isOne();
    browser.screenshot("tasklist-refusal-needs-reasons");

    // After a rejected submission this Tasklist form does not submit again: the reviewer
    // reloads the task (it stays claimed) and fills the form anew.
    browser.driver().navigate().refresh();
    browser.await(By.cssSelector(".fjs-form"));
    chooseOption("Refuse: send the reasons");
    chooseOption("No higher medical education diploma");
    chooseOption("Criminal record");
    complete("Activity_ReviewApplication");

    assertThat(variable("reviewOutcome")).isEqualTo("REFUSE");
    assertThat(String.valueOf(variable("refusalReasons")))
        .contains("DIPLOMA_MISSING", "CRIMINAL_RECORD");
    assertThat(status()).isEqualTo("REFUSED_AT_REVIEW");
    List<Map<String, Object>> sms = notifications();
    assertThat(sms).extracting(n -> n.get("template")).containsExactly("APPLICATION_REFUSED");
    Properties ru = smsTexts();
    assertThat((String) sms.get(0).get("text")).contains(
        ru.getProperty("reason.DIPLOMA_MISSING"), ru.getProperty("reason.CRIMINAL_RECORD"));
  }

  @Test
  void decisionAndRegistryEntryForms_R393_10_11_endInTheRegistry() {
    openReviewTask();
    chooseOption("Accept: invite to the test");
    complete("Activity_ReviewApplication");
    assertThat(reportTestResult().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(status()).isEqualTo("AWAITING_DECISION");

    openTaskFromFilter("All committee tasks", "Decide on inclusion");
    assertCandidateAndFindingsShown();
    chooseOption("Include: draft the contract");
    browser.screenshot("tasklist-decision");
    complete("Activity_DecideInclusion");
    assertThat(variable("decision")).isEqualTo("INCLUDE");
    assertThat(status()).isEqualTo("AWAITING_SIGNATURE");

    assertThat(sign().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(status()).isEqualTo("AWAITING_REGISTRY_ENTRY");
    openTaskFromFilter("All committee tasks", "Enter expert into registry");
    browser.until(d -> formShowsValue(candidateName));
    browser.screenshot("tasklist-registry-entry");
    complete("Activity_EnterIntoRegistry");

    assertThat(status()).isEqualTo("INCLUDED");
    assertThat(registryService.findActive(iin())).isPresent();
  }

  @Test
  void anOverdueReviewEscalatesToAFormThatRecordsWhatWasDone_R393_7() {
    Job overdue = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ReviewOverdue").singleResult();
    Jobs.setClock(overdue.getDuedate().toInstant().plusSeconds(1)); // the 5 working days are over
    Jobs.executeAll(managementService, instance.getId());

    openTaskFromFilter("Due today or overdue", "Handle overdue review");
    browser.until(d -> formShowsValue(candidateName));
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText())
        .contains("Review overdue (R393-7)", "Review application");
    By note = By.cssSelector(".fjs-form textarea");
    browser.click(note);
    browser.driver().findElement(note).sendKeys("Assigned to reviewer Abenova, due tomorrow");
    browser.until(d -> formShowsValue("Assigned to reviewer Abenova, due tomorrow"));
    browser.screenshot("tasklist-review-overdue");
    complete("Activity_HandleReviewOverdue");

    assertThat(variable("reviewOverdueHandling"))
        .isEqualTo("Assigned to reviewer Abenova, due tomorrow");
    assertThat(variable("reviewOverdueHandledBy")).isEqualTo("reviewer");
    assertThat(openTask("Activity_ReviewApplication")).as("the review stays open").isOne();
  }

  // --- Tasklist steps -------------------------------------------------------------------

  private void openReviewTask() {
    openTaskFromFilter("Applications to review", "Review application");
  }

  private void openTaskFromFilter(String filter, String taskName) {
    if (!browser.driver().getCurrentUrl().contains("/tasklist/")
        || browser.driver().findElements(By.cssSelector("input[type='password']")).size() > 0) {
      browser.login("tasklist", "reviewer", "demo");
    }
    browser.awaitClickable(By.xpath("//*[contains(@class,'task-filter')]//*[normalize-space(text())='"
        + filter + "']")).click();
    // The card of this application's task, found in the filter's list by the task's id.
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskName(taskName).singleResult().getId();
    browser.awaitClickable(By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']"))
        .click();
    browser.awaitClickable(By.xpath(
        "//*[self::button or self::a][normalize-space()='Claim']")).click();
    browser.await(By.cssSelector(".fjs-form"));
  }

  private void assertCandidateAndFindingsShown() {
    browser.until(d -> formShowsValue(candidateName));
    assertThat(formShowsValue(instanceVariable("iin"))).as("IIN shown").isTrue();
    browser.await(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(.,'Automated findings')]"));
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText())
        .contains(findingsShown().substring(0, 20));
  }

  /** The first line of the automated findings in the review sheet, as the form shows it. */
  private String findingsShown() {
    String sheet = String.valueOf(instanceVariable("reviewSheet"));
    return sheet.substring(sheet.indexOf("### Automated findings")).lines().skip(1).findFirst()
        .orElseThrow();
  }

  /**
   * The form's links point at the committee API; the browser follows them with the reviewer's
   * Tasklist session (no second login): every document comes back as the submitted PDF.
   */
  private void assertDocumentLinksDownload() {
    List<WebElement> links = browser.driver().findElements(
        By.cssSelector(".fjs-form a[href*='/documents/']"));
    assertThat(links).hasSize(6);
    for (WebElement link : links) {
      String href = link.getDomAttribute("href");
      Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'})"
              + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
              + " + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))))"
              + ".catch(e => done('failed ' + e));", href);
      assertThat(fetched).as(href).isEqualTo("200 %PDF-");
    }
  }

  private boolean formShowsValue(Object expected) {
    return browser.driver().findElements(By.cssSelector(".fjs-form input, .fjs-form textarea"))
        .stream().anyMatch(e -> String.valueOf(expected).equals(e.getDomProperty("value")));
  }

  private void chooseOption(String labelStart) {
    browser.click(By.xpath("//*[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'"
        + labelStart + "')]"));
  }

  private By completeButton() {
    return By.xpath("//button[normalize-space()='Complete']");
  }

  private void complete(String taskKey) {
    browser.click(completeButton());
    browser.until(d -> openTask(taskKey) == 0);
    Jobs.executeAll(managementService, instance.getId());
  }

  // --- engine and API ---------------------------------------------------------------------

  private long openTask(String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).count();
  }

  private Object variable(String name) {
    HistoricVariableInstance v = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    assertThat(v).as("process variable " + name).isNotNull();
    return v.getValue();
  }

  /** A variable of the running instance: the forms' copies are not kept in the history. */
  private Object instanceVariable(String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  private String iin() {
    return (String) rest.withBasicAuth("reviewer", "demo")
        .getForObject("/api/applications/" + applicationId, Map.class).get("iin");
  }

  private String status() {
    Map<?, ?> application = rest.withBasicAuth("reviewer", "demo")
        .getForObject("/api/applications/" + applicationId, Map.class);
    return (String) application.get("status");
  }

  private List<Map<String, Object>> notifications() {
    return rest.withBasicAuth("reviewer", "demo")
        .getForObject("/api/notifications?applicationId=" + applicationId, List.class);
  }

  private List<Object> templates() {
    return notifications().stream().map(n -> n.get("template")).toList();
  }

  private ResponseEntity<Map> reportTestResult() {
    Map<String, Object> body = new HashMap<>();
    body.put("applicationId", applicationId);
    body.put("attemptId", applicationId + "-e2e");
    body.put("correctAnswers", 63);
    body.put("totalQuestions", 90);
    body.put("proctoringPassed", true);
    body.put("finishedAt", OffsetDateTime.now(ALMATY).toString());
    ResponseEntity<Map> response = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/integrations/testing/results", body, Map.class);
    Jobs.executeAll(managementService, instance.getId());
    return response;
  }

  private ResponseEntity<Map> sign() {
    ResponseEntity<Map> response = rest.withBasicAuth("integration", "demo").postForEntity(
        "/api/integrations/signing/results", Map.of("applicationId", applicationId,
            "signedAt", OffsetDateTime.now(ALMATY).toString(), "signatureBase64", "TUlJ"),
        Map.class);
    Jobs.executeAll(managementService, instance.getId());
    return response;
  }

  private static Properties smsTexts() {
    Properties texts = new Properties();
    try (var in = AdmissionInTasklistE2ETest.class.getResourceAsStream(
        "/messages/sms_ru.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String uniqueLetters() {
    StringBuilder letters = new StringBuilder();
    for (char c : UUID.randomUUID().toString().substring(0, 6).toCharArray()) {
      letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return letters.toString();
  }

  private static Map<String, Object> application(String campaignId, String lastName,
      LocalDate today) {
    Map<String, Object> body = TestApplications.body(campaignId, TestIins.next(), today);
    body.put("lastName", lastName);
    body.put("firstName", "Aigul");
    body.put("patronymic", "Nurlanovna");
    body.put("language", "ru");
    return body;
  }
}
