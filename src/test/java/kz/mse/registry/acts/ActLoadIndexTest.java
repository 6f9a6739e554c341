package kz.mse.registry.acts;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every assignment counts the experts' undecided acts from an index, not from the rows. */
@RegistryTest
class ActLoadIndexTest {

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theLoadsAreCountedFromTheStatusAndExpertIndex() throws Exception {
    if (isH2()) {
      String plan = String.join("\n", jdbc.sql("explain " + ExpertPool.LOADS)
          .query(String.class).list());
      assertThat(plan).containsIgnoringCase("MSE_ACT_STATUS_EXPERT_IDX");
    } else {
      assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = ?")
          .param("mse_act_status_expert_idx").query(String.class).single())
          .contains("(status, expert_number)");
    }
  }

  private boolean isH2() throws Exception {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }
  }
}
