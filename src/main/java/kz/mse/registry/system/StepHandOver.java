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

  /**
   * Hands {@code value} on as {@code name} of {@code owner} (an application id, say) within the
   * current transaction; without one, does nothing.
   */
  public static void put(String owner, String name, Object value) {
    Map<String, Object> values = values();
    if (values != null) {
      values.put(key(owner, name), value);
    }
  }

  /** What this transaction handed on as {@code name} of {@code owner}, if anything. */
  public static <T> Optional<T> get(String owner, String name, Class<T> type) {
    String key = key(owner, name);
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>)
        TransactionSynchronizationManager.getResource(KEY);
    return values == null ? Optional.empty()
        : Optional.ofNullable(values.get(key)).filter(type::isInstance).map(type::cast);
  }

  private static String key(String owner, String name) {
    return owner + ":" + name;
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
