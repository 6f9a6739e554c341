package kz.mse.registry.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With the {@code postgres-test} profile, drops and creates the test database once per JVM
 * before the first context starts, so every run begins from an empty schema and the test
 * command needs nothing but a running PostgreSQL server.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

  private static boolean created;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres-test")) {
      return;
    }
    recreate(environment.getProperty("test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/mse_registry_test"),
        environment.getProperty("test.pg.user", "postgres"),
        environment.getProperty("test.pg.password", ""));
  }

  private static synchronized void recreate(String url, String user, String password) {
    if (created) {
      return;
    }
    int slash = url.lastIndexOf('/');
    String database = url.substring(slash + 1).replaceAll("\\?.*", "");
    String adminUrl = url.substring(0, slash + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
      created = true;
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL tests need a server at " + adminUrl
          + " (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main "
          + "start)", e);
    }
  }
}
