package kz.mse.registry.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values a process step hands on to the timers, due dates and gateways it creates in the same
 * transaction (a deadline it has just written, the outcome it has just recorded). Held by the
 * current Spring transaction and gone when it ends; every reader can also find the value in the
 * database, so a missing hand-over (an admin moving an instance in Cockpit, say) only costs a
 * read.
 *
 * <p>Not transient process variables: setting any variable makes the engine load all of the
 * instance's variables first, a query per step.
 */
public final class StepHandOver {

  private static final Object KEY = StepHandOver.class;

  private StepHandOver() {}

  /** Hands {@code value} on within the current transaction; without one, does nothing. */
  public static void put(String key, Object value) {
    Map<String, Object> values = values();
    if (values != null) {
      values.put(key, value);
    }
  }

  /** What this transaction handed on under {@code key}, if anything. */
  public static <T> Optional<T> get(String key, Class<T> type) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>)
        TransactionSynchronizationManager.getResource(KEY);
    return values == null ? Optional.empty()
        : Optional.ofNullable(values.get(key)).filter(type::isInstance).map(type::cast);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values() {
    Object bound = TransactionSynchronizationManager.getResource(KEY);
    if (bound != null) {
      return (Map<String, Object>) bound;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Object> values = new HashMap<>();
    TransactionSynchronizationManager.bindResource(KEY, values);
    TransactionSynchronizationManager.registerSynchronization(new Binding(values));
    return values;
  }

  /** Unbinds the values when the transaction ends, and while an inner one runs. */
  private record Binding(Map<String, Object> values) implements TransactionSynchronization {

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(KEY, values);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }
  }
}
