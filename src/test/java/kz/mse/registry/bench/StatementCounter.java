package kz.mse.registry.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts every JDBC statement executed through the wrapped DataSource, on every thread (the job
 * executor's too) with one global counter. A JDK proxy instead of datasource-proxy: no extra
 * dependency, and QueryCountHolder is per thread. Batches count each added row.
 */
final class StatementCounter {

  private static final AtomicLong executed = new AtomicLong();
  private static final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);

  private StatementCounter() {}

  static long total() {
    return executed.get();
  }

  /** Runs the harness's own polling queries without counting them. */
  static <T> T uncounted(Supplier<T> work) {
    paused.set(true);
    try {
      return work.get();
    } finally {
      paused.set(false);
    }
  }

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, result) ->
        result instanceof Connection c ? proxy(Connection.class, c, StatementCounter::wrapStatement) : result);
  }

  private static Object wrapStatement(java.lang.reflect.Method method, Object result) {
    if (result instanceof java.sql.CallableStatement s) {
      return proxy(java.sql.CallableStatement.class, s, StatementCounter::noWrap);
    }
    if (result instanceof java.sql.PreparedStatement s) {
      return proxy(java.sql.PreparedStatement.class, s, StatementCounter::noWrap);
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, StatementCounter::noWrap);
    }
    return result;
  }

  private static Object noWrap(java.lang.reflect.Method method, Object result) {
    return result;
  }

  private interface ResultWrapper {
    Object wrap(java.lang.reflect.Method method, Object result);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, ResultWrapper wrapper) {
    InvocationHandler handler = (p, method, args) -> {
      String name = method.getName();
      if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
        if (!paused.get() && !(target instanceof Connection) && !(target instanceof DataSource)) {
          executed.incrementAndGet();
        }
      }
      if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      try {
        return wrapper.wrap(method, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
