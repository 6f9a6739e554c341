package kz.mse.registry.testing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** One attempt as skills.enbek.kz reports it (R393-8, R393-9). */
public record TestResult(
    @NotBlank @Size(max = 36) String applicationId,
    @NotBlank @Size(max = 100) String attemptId,
    @NotNull @Min(0) Integer correctAnswers,
    @NotNull @Min(1) Integer totalQuestions,
    @NotNull Boolean proctoringPassed,
    @Size(max = 300) String technicalFailureAct,
    @NotNull OffsetDateTime finishedAt) {

  /** R393-9: at least 70 % correct (63 of 90) and a positive proctoring conclusion. */
  boolean passed() {
    return correctAnswers * 100 >= 70 * totalQuestions && proctoringPassed
        && (technicalFailureAct == null || technicalFailureAct.isBlank());
  }
}
