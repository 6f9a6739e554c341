package kz.mse.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R393-7.1: what the reviewer reads in the committee forms. */
class ReviewSheetTest {

  @Test
  void sheetShowsContactsDocumentsWithLinksAndTheFindings() {
    Map<String, Object> form = ReviewSheet.of(application("Astana, Kabanbay batyr 11",
        "diploma.pdf"), List.of("DIPLOMA_MISSING", "CRIMINAL_RECORD"));

    assertThat(form).containsEntry("candidateName", "Saparova Aigul Nurlanovna")
        .containsEntry("iin", "880813351988");
    assertThat((String) form.get("reviewSheet"))
        .contains("- **Place of residence:** Astana, Kabanbay batyr 11")
        .contains("- **Nosological forms (ICD-10):** C50, I10")
        .contains("### Documents (R393-5)")
        .contains("- **DIPLOMA** No. DIP-001, issued 2025-12-01, valid until 2027-12-01:"
            + " [download diploma.pdf](/api/applications/a-1/documents/7)")
        .contains("### Automated findings (R393-6, R393-7.1)")
        .contains("Proposed refusal reasons (R393-7.1): **DIPLOMA_MISSING**, **CRIMINAL_RECORD**");
  }

  @Test
  void noFindingsIsSaidInWords() {
    assertThat((String) ReviewSheet.of(application("Almaty", "d.pdf"), List.of())
        .get("reviewSheet")).contains("No findings: the set is complete and valid");
  }

  @Test
  void whatTheCandidateTypedCannotBecomeMarkup() {
    String sheet = (String) ReviewSheet.of(application(
        "[win](https://evil.example) ![x](y) # big\nline", "a_b*c.pdf"), List.of())
        .get("reviewSheet");

    assertThat(sheet)
        .contains("\\[win\\]\\(https://evil.example\\) \\!\\[x\\]\\(y\\) \\# big line")
        .contains("[download a\\_b\\*c.pdf](/api/applications/a-1/documents/7)")
        .doesNotContain("](https://evil.example)");
  }

  private static Application application(String residence, String fileName) {
    return new Application("a-1", "c-1", "880813351988", "Saparova", "Aigul", "Nurlanovna",
        residence, "+77012345678", "aigul@example.kz", "kk", "Oncology", List.of("C50", "I10"),
        6, ApplicationStatus.UNDER_REVIEW, List.of(),
        new Application.Deadlines(LocalDate.of(2026, 4, 1), null, null, null, null),
        OffsetDateTime.now(), List.of(new Application.DocumentInfo(7, DocumentType.DIPLOMA,
            "DIP-001", LocalDate.of(2025, 12, 1), LocalDate.of(2027, 12, 1), fileName,
            "application/pdf", true)), List.of());
  }
}
