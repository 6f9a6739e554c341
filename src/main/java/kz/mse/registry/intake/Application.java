package kz.mse.registry.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An application for inclusion and where it stands (GET /api/applications/{id}). */
public record Application(
    String id,
    String campaignId,
    String iin,
    String lastName,
    String firstName,
    String patronymic,
    String residence,
    String phone,
    String email,
    String language,
    String specialtyProfile,
    List<String> nosologies,
    Integer msePracticeYears,
    ApplicationStatus status,
    List<String> refusalReasons,
    Deadlines deadlines,
    OffsetDateTime submittedAt,
    List<DocumentInfo> documents,
    List<TestAttempt> testAttempts) {

  /** This application with the given documents. */
  Application withDocuments(List<DocumentInfo> stored) {
    return new Application(id, campaignId, iin, lastName, firstName, patronymic, residence,
        phone, email, language, specialtyProfile, nosologies, msePracticeYears, status,
        refusalReasons, deadlines, submittedAt, stored, testAttempts);
  }

  /** The last day allowed for each pending step. */
  public record Deadlines(LocalDate reviewDue, LocalDate testWindowEnds, LocalDate decisionDue,
      LocalDate signingDue, LocalDate registryEntryDue) {}

  /** R393-9: an attempt as reported by the testing platform. */
  public record TestAttempt(String attemptId, int correctAnswers, int totalQuestions,
      boolean proctoringPassed, String technicalFailureAct, OffsetDateTime finishedAt,
      boolean passed) {}

  public record DocumentInfo(long id, DocumentType type, String number, LocalDate issuedOn,
      LocalDate validUntil, String fileName, String contentType, boolean hasFile) {}
}
