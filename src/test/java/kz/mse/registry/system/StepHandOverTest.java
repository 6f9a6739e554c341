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
    assertThat(handOverAndRead("a", LocalDate.class)).contains(DAY);
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
    assertThat(handOverAndRead("b", LocalDate.class)).isEmpty();
  }

  @Test
  void withoutATransactionNothingIsKept() {
    StepHandOver.put("a", "due", DAY);
    assertThat(StepHandOver.get("a", "due", LocalDate.class)).isEmpty();
  }

  @Test
  void aValueOfAnotherTypeIsNotHandedOut() {
    assertThat(handOverAndRead("a", String.class)).isEmpty();
  }

  /** In one transaction: DAY handed on as "due" of owner "a", then read as {@code owner}'s. */
  private <T> Optional<T> handOverAndRead(String owner, Class<T> type) {
    return new TransactionTemplate(transactions).execute(status -> {
      StepHandOver.put("a", "due", DAY);
      return StepHandOver.get(owner, "due", type);
    });
  }
}
