package kz.mse.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import kz.mse.registry.testing.TestingService.Outcome;
import org.junit.jupiter.api.Test;

/** R393-9 in one place: the testing service and the gateway's fallback both ask it. */
class TestOutcomeRuleTest {

  @Test
  void r393_9_aPassDecidesWhateverCameBefore() {
    assertThat(Outcome.of(true, 0)).isEqualTo(Outcome.PASSED);
    assertThat(Outcome.of(true, 1)).isEqualTo(Outcome.PASSED);
  }

  @Test
  void r393_9_aFirstFailureLeavesTheOneRetakeASecondEndsIt() {
    assertThat(Outcome.of(false, 0)).isEqualTo(Outcome.RETAKE);
    assertThat(Outcome.of(false, 1)).isEqualTo(Outcome.FAILED);
  }
}
