package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A hand-over lives as long as its transaction and is not seen by an inner new one. */
@RegistryTest
class StepHandOverTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 30);

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aValueIsSeenInItsTransactionOnly() {
    Optional<LocalDate> inside = new TransactionTemplate(transactions).execute(status -> {
      StepHandOver.put("a", "due", DAY);
      return StepHandOver.get("a", "due", LocalDate.class);
    });
    assertThat(inside).contains(DAY);
    assertThat(StepHandOver.get("a", "due", LocalDate.class)).isEmpty();
  }

  @Test
  void anInnerNewTransactionSeesNothingAndTheOuterKeepsItsValue() {
    TransactionTemplate inner = new TransactionTemplate(transactions);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      StepHandOver.put("a", "due", DAY);
      Optional<LocalDate> seenInside =
          inner.execute(s -> StepHandOver.get("a", "due", LocalDate.class));
      assertThat(seenInside).isEmpty();
      assertThat(StepHandOver.get("a", "due", LocalDate.class)).contains(DAY);
    });
  }

  @Test
  void twoOwnersInOneTransactionAreKeptApart() {
    Optional<LocalDate> other = new TransactionTemplate(transactions).execute(status -> {
      StepHandOver.put("a", "due", DAY);
      return StepHandOver.get("b", "due", LocalDate.class);
    });
    assertThat(other).isEmpty();
  }

  @Test
  void withoutATransactionNothingIsKept() {
    StepHandOver.put("a", "due", DAY);
    assertThat(StepHandOver.get("a", "due", LocalDate.class)).isEmpty();
  }

  @Test
  void aValueOfAnotherTypeIsNotHandedOut() {
    Optional<String> asText = new TransactionTemplate(transactions).execute(status -> {
      StepHandOver.put("a", "due", DAY);
      return StepHandOver.get("a", "due", String.class);
    });
    assertThat(asText).isEmpty();
  }
}
