package kz.mse.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.mse.registry.campaign.Campaign;
import kz.mse.registry.campaign.CampaignStatus;
import kz.mse.registry.intake.Application;
import kz.mse.registry.intake.ApplicationStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** R393-10: the contract prints every Kazakh and Russian letter of the parties and terms. */
class ContractPdfTest {

  @Test
  void kazakhRussianAndLatinTextIsPrintedWithTheEmbeddedFont() throws IOException {
    Campaign.Position position = new Campaign.Position("Терапия", List.of("C50", "I10"), 2,
        "Сараптама актілерін қарау", new BigDecimal("150000"), "Ай сайын, 10-күнге дейін");
    Campaign campaign = new Campaign("c-1", "Хабарландыру", CampaignStatus.ACCEPTING,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 15),
        new Campaign.Organization("Еңбек және халықты әлеуметтік қорғау комитеті",
            "Астана, Мәңгілік Ел даңғылы 8", List.of("+77172000000"), List.of("kom@enbek.kz")),
        List.of(position));
    Application candidate = new Application("a-1", "c-1", "880813351988", "Сапарова",
        "Айгүл", "Нұрланқызы", "Өскемен", "+77012345678", "aigul@mail.kz", "kk", "Терапия",
        List.of("C50", "I10"), 6, ApplicationStatus.AWAITING_DECISION, List.of(),
        new Application.Deadlines(null, null, null, null, null), OffsetDateTime.now(),
        List.of(), List.of());

    byte[] pdf = new ContractPdf().render(candidate, campaign, position,
        LocalDate.of(2026, 3, 27));

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    String text = textOf(pdf);
    assertThat(text).contains("Сапарова Айгүл Нұрланқызы", "Өскемен",
        "Еңбек және халықты әлеуметтік қорғау комитеті", "Сараптама актілерін қарау",
        "МӘС тәуелсіз сарапшысымен шарт", "Договор с независимым экспертом МСЭ", "150000",
        "2026-03-27");
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
