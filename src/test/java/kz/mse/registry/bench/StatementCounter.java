package kz.mse.registry.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Counts every JDBC statement executed through the wrapped DataSource, on every thread (the job
 * executor's too) with one global counter. A JDK proxy instead of datasource-proxy: no extra
 * dependency, and QueryCountHolder is per thread. Batches count each added row as a statement
 * and once as a round trip; commits are counted too. With {@code -Dbench.sqlProfile=true} it
 * also counts per SQL text, printed by {@link #profile}, and with {@code -Dbench.sqlOrigins=…}
 * where the statements containing that text are called from.
 */
final class StatementCounter {

  private static final boolean PROFILING = Boolean.getBoolean("bench.sqlProfile");
  private static final AtomicLong executed = new AtomicLong();
  private static final AtomicLong committed = new AtomicLong();
  private static final AtomicLong roundTrips = new AtomicLong();
  private static final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
  /** With the profile: nanoseconds spent inside execute* per SQL text (on H2: its own CPU). */
  private static final Map<String, LongAdder> nanosBySql = new ConcurrentHashMap<>();
  /** {@code -Dbench.sqlOrigins=<part of an SQL text>}: where statements with it come from. */
  private static final String ORIGINS_OF = System.getProperty("bench.sqlOrigins", "");
  private static final Map<String, LongAdder> origins = new ConcurrentHashMap<>();
  private static final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);
  /**
   * Whether connections taken from now on are wrapped. The proxies' reflection costs the
   * workload 4–7 % of its CPU, more for the side with more statements (JFR, docs/performance.md):
   * timed rounds run without them, and the counts come from rounds of their own.
   */
  private static volatile boolean wrapping = true;

  private StatementCounter() {}

  static long total() {
    return executed.get();
  }

  /** Whether the per-SQL profile is on: it needs every round counted, timed ones included. */
  static boolean profiling() {
    return PROFILING;
  }

  /** Wraps (counts) the connections taken from now on, or hands out the pool's own. */
  static void wrapConnections(boolean on) {
    wrapping = on;
  }

  /**
   * The counts at one moment; {@link #since} gives what happened in between. Round trips are
   * the calls that go to the database and wait for its answer: each execute, and each
   * executeBatch once however many rows it carries (the engine flushes its inserts, updates
   * and deletes as JDBC batches; PostgreSQL receives a batch in one exchange). Commits are
   * Connection.commit calls; on PostgreSQL each waits for the WAL.
   */
  record Counts(long statements, long roundTrips, long commits) {

    static final Counts NONE = new Counts(0, 0, 0);

    Counts since(Counts earlier) {
      return new Counts(statements - earlier.statements, roundTrips - earlier.roundTrips,
          commits - earlier.commits);
    }

    Counts plus(Counts other) {
      return new Counts(statements + other.statements, roundTrips + other.roundTrips,
          commits + other.commits);
    }
  }

  static Counts counts() {
    return new Counts(executed.get(), roundTrips.get(), committed.get());
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

  /** The most frequent statements since the last call (only with -Dbench.sqlProfile=true). */
  static String profile(String title, long operations) {
    if (!PROFILING) {
      return "";
    }
    String lines = bySql.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .limit(100)
        .map(e -> String.format("%8.2f %7.3f ms  %s", (double) e.getValue().sum() / operations,
            nanos(e.getKey()) / 1e6 / operations, e.getKey()))
        .collect(Collectors.joining("\n"));
    double totalMs = nanosBySql.values().stream().mapToLong(LongAdder::sum).sum() / 1e6 / operations;
    bySql.clear();
    nanosBySql.clear();
    String from = origins.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .map(e -> String.format("%8.2f  %s", (double) e.getValue().sum() / operations, e.getKey()))
        .collect(Collectors.joining("\n"));
    origins.clear();
    return "\n--- statements per operation: " + title + " (count, ms inside JDBC execute; "
        + String.format("%.3f", totalMs) + " ms in all) ---\n" + lines + "\n"
        + (ORIGINS_OF.isEmpty() ? "" : "--- where \"" + ORIGINS_OF + "\" comes from ---\n" + from + "\n");
  }

  /** Forgets the profile so far (e.g. the warm-up's). */
  static void resetProfile() {
    bySql.clear();
    nanosBySql.clear();
    origins.clear();
  }

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, null, (method, args, result) ->
        result instanceof Connection c && wrapping
            ? proxy(Connection.class, c, null, StatementCounter::wrapStatement) : result);
  }

  private static Object wrapStatement(Method method, Object[] args, Object result) {
    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
    if (result instanceof CallableStatement s) {
      return proxy(CallableStatement.class, s, sql, StatementCounter::noWrap);
    }
    if (result instanceof PreparedStatement s) {
      return proxy(PreparedStatement.class, s, sql, StatementCounter::noWrap);
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, null, StatementCounter::noWrap);
    }
    return result;
  }

  private static Object noWrap(Method method, Object[] args, Object result) {
    return result;
  }

  private interface ResultWrapper {
    Object wrap(Method method, Object[] args, Object result);
  }

  private static long nanos(String key) {
    LongAdder nanos = nanosBySql.get(key);
    return nanos == null ? 0 : nanos.sum();
  }

  private static String key(String preparedSql, Object[] args) {
    String sql = preparedSql != null ? preparedSql
        : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
    String key = sql.replaceAll("\\s+", " ").trim();
    return key.length() > 160 ? key.substring(0, 160) : key;
  }

  private static void count(String preparedSql, Object[] args) {
    if (paused.get()) {
      return;
    }
    executed.incrementAndGet();
    if (PROFILING) {
      String key = key(preparedSql, args);
      bySql.computeIfAbsent(key, k -> new LongAdder()).increment();
      if (!ORIGINS_OF.isEmpty() && key.contains(ORIGINS_OF)) {
        origins.computeIfAbsent(origin(), k -> new LongAdder()).increment();
      }
    }
  }

  /**
   * Plumbing between a caller and the JDBC call (JDK proxies and reflection, Spring's JDBC and
   * AOP, MyBatis, the engine's persistence, variable-store and EL layers): left out of an
   * origin.
   */
  private static final Pattern PLUMBING = Pattern.compile("^(Thread|StatementCounter|\\$Proxy|"
      + "VariableStore|AbstractVariableScope|ExceptionUtil|Ast|Tree|Juel|ExpressionFactory)"
      + ".*|.*(DbSqlSession|SqlSession|Executor|Mapper|Handler|Plugin|Method\\.invoke|Accessor|"
      + "DbEntityManager|Manager\\.|Invoke|ELResolver|JdbcTemplate|JdbcClient|QuerySpec|"
      + "StatementSpec|CGLIB|Cglib|Reflective|AopUtils|TransactionInterceptor|"
      + "TransactionAspectSupport).*");

  /** The 14 calling frames nearest to the statement, without {@link #PLUMBING}. */
  private static String origin() {
    return Arrays.stream(Thread.currentThread().getStackTrace())
        .map(f -> f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName())
        .filter(f -> !PLUMBING.matcher(f).matches())
        .limit(14)
        .collect(Collectors.joining(" < "));
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, String sql, ResultWrapper wrapper) {
    InvocationHandler handler = (p, method, args) -> {
      String name = method.getName();
      if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
        if (!(target instanceof Connection) && !(target instanceof DataSource)) {
          count(sql, args);
        }
      }
      if (name.startsWith("execute") && !(target instanceof Connection)
          && !(target instanceof DataSource) && !paused.get()) {
        roundTrips.incrementAndGet();
      }
      if (name.equals("commit") && target instanceof Connection && !paused.get()) {
        committed.incrementAndGet();
      }
      if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      boolean timed = PROFILING && name.startsWith("execute") && !(target instanceof Connection)
          && !(target instanceof DataSource) && !paused.get();
      long start = timed ? System.nanoTime() : 0;
      try {
        return wrapper.wrap(method, args, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (timed) {
          nanosBySql.computeIfAbsent(key(sql, args), k -> new LongAdder())
              .add(System.nanoTime() - start);
        }
      }
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
