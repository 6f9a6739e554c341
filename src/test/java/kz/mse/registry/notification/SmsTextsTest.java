package kz.mse.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kazakh and Russian texts (UCS-2: 70 characters in one segment, 67 per segment when split):
 * every template, with a long name and every reason it can carry, fits in 6 segments.
 */
class SmsTextsTest {

  private static final String LONG_NAME =
      "Әбдірахманова-Сейтқалиева Гүлнұрсұлтанбибі Қайратқызы-Нұрмұхамедқызы";
  private static final Map<SmsTemplate, List<String>> ALL_REASONS = Map.of(
      SmsTemplate.APPLICATION_REFUSED, List.of("DIPLOMA_MISSING", "EXPERIENCE_MISSING",
          "MSE_TRAINING_MISSING", "CLINICAL_CERTIFICATE_MISSING", "MAB_SCREENSHOT_MISSING",
          "IDENTITY_EXPIRED", "CLINICAL_CERTIFICATE_EXPIRED", "PSYCHIATRIC_REGISTRATION",
          "NARCOLOGY_REGISTRATION", "CRIMINAL_RECORD"),
      SmsTemplate.INCLUSION_REFUSED, List.of("TEST_FAILED", "PROCTORING_FAILED",
          "TEST_NOT_TAKEN", "CONTRACT_NOT_SIGNED", "COMMITTEE_DECISION"),
      SmsTemplate.EXPERT_EXCLUDED, List.of("COURT_INCAPACITY"),
      SmsTemplate.COMPLAINT_UPHELD, List.of("ж".repeat(200)),
      SmsTemplate.COMPLAINT_REJECTED, List.of("ж".repeat(200)));

  private final SmsTexts texts = new SmsTexts();

  @ParameterizedTest
  @EnumSource(SmsTemplate.class)
  void everyTemplateFitsSixSegmentsInBothLanguages(SmsTemplate template) {
    for (String language : List.of("kk", "ru")) {
      String text = texts.render(request(template, language));

      assertThat(text).contains(LONG_NAME).doesNotContain("sms.", "reason.", "{");
      assertThat(SmsTexts.segments(text)).as("%s/%s: %s", template, language, text)
          .isLessThanOrEqualTo(6);
    }
  }

  @Test
  void reasonsAreWrittenInTheCandidatesLanguage() {
    SmsRequest kk = request(SmsTemplate.INCLUSION_REFUSED, "kk");
    assertThat(texts.render(kk)).contains("Құрметті", "прокторингтің теріс қорытындысы");
    SmsRequest ru = request(SmsTemplate.INCLUSION_REFUSED, "ru");
    assertThat(texts.render(ru)).contains("Уважаемый(ая)", "отрицательное заключение");
  }

  @Test
  void datesAreWrittenDayMonthYearInBothLanguages() {
    for (String language : List.of("kk", "ru")) {
      SmsRequest included = new SmsRequest("dates-" + language, "+77012345678", language,
          SmsTemplate.REGISTRY_INCLUDED, "Сапарова Айгүл", List.of(), "2026-03-20", null, null);
      assertThat(texts.render(included)).contains("20.03.2026").doesNotContain("2026-03-20");
    }
    assertThat(SmsTexts.readable("2026-10")).isEqualTo("2026-10"); // a period stays a period
    assertThat(SmsTexts.readable("72.5")).isEqualTo("72.5");
    assertThat(SmsTexts.readable(null)).isEmpty();
  }

  @Test
  void segmentsFollowUcs2() {
    assertThat(SmsTexts.segments("ә".repeat(70))).isEqualTo(1);
    assertThat(SmsTexts.segments("ә".repeat(71))).isEqualTo(2);
    assertThat(SmsTexts.segments("ә".repeat(134))).isEqualTo(2);
    assertThat(SmsTexts.segments("ә".repeat(135))).isEqualTo(3);
  }

  @Test
  void everyTemplateGoesThroughTwilioIntactInBothLanguages() throws IOException {
    try (TwilioStub stub = new TwilioStub()) {
      TwilioSmsGateway gateway = TwilioSmsGateway.of(new TwilioProperties("AC1", "token",
          "+15005550006", stub.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(2)), null);
      int sent = 0;
      for (SmsTemplate template : SmsTemplate.values()) {
        for (String language : List.of("kk", "ru")) {
          String text = texts.render(request(template, language));
          gateway.send("+77011234567", text);
          assertThat(stub.received.get(sent++).form()).containsEntry("Body", text);
        }
      }
      assertThat(stub.acceptedCount()).isEqualTo(SmsTemplate.values().length * 2);
    }
  }

  /** The longest detail a template carries: the Committee's free text is cut to 200. */
  private static String detail(SmsTemplate template) {
    return template == SmsTemplate.EXCLUSION_REQUEST_REJECTED ? "ж".repeat(200) : "2026-11";
  }

  private static SmsRequest request(SmsTemplate template, String language) {
    return new SmsRequest("k", "+77011234567", language, template, LONG_NAME,
        ALL_REASONS.getOrDefault(template, List.of()), detail(template), null, null);
  }
}
