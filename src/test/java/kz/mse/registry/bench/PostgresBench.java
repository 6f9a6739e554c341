package kz.mse.registry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark run's PostgreSQL: reachable or not (decided once per JVM), and if so a fresh
 * {@code mse_registry_bench} database (dropped and created once, before the first PostgreSQL
 * context starts). {@code -Dbench.pg.url/user/password} point elsewhere.
 */
final class PostgresBench {

  static final String URL = System.getProperty("bench.pg.url",
      "jdbc:postgresql://127.0.0.1:5432/mse_registry_bench?reWriteBatchedInserts=true");
  static final String USER = System.getProperty("bench.pg.user", "postgres");
  static final String PASSWORD = System.getProperty("bench.pg.password", "");

  private static Boolean reachable;

  private PostgresBench() {}

  /** JUnit condition of the PostgreSQL workloads (and the fallback of the H2 evaluation). */
  static synchronized boolean reachable() {
    if (reachable == null) {
      reachable = recreate();
      if (!reachable) {
        System.out.println("PostgreSQL not reachable at " + URL + ": its workloads are skipped");
      }
    }
    return reachable;
  }

  static boolean unreachable() {
    return !reachable();
  }

  private static boolean recreate() {
    int slash = URL.lastIndexOf('/');
    String database = URL.substring(slash + 1).replaceAll("\\?.*", "");
    try (Connection connection = DriverManager.getConnection(
            URL.substring(0, slash + 1) + "postgres", USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
