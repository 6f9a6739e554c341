package kz.mse.registry.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who changed a registry row, when and why (R393-3: the row is never deleted). */
@Component
public class RegistryHistory {

  /** One recorded change. */
  public record Change(long number, String iin, String change, String reason, String changedBy,
      OffsetDateTime changedAt) {}

  private final JdbcClient jdbc;

  RegistryHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a change by the authenticated user, or by "system" inside engine jobs. */
  public void record(long number, String iin, String change, String reason) {
    jdbc.sql("insert into registry_history (entry_number, iin, change, reason, changed_by, "
            + "changed_at) values (?, ?, ?, ?, ?, ?)")
        .params(number, iin, change, reason, actor(),
            ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC))
        .update();
  }

  public List<Change> of(String iin) {
    return jdbc.sql("select entry_number, iin, change, reason, changed_by, changed_at "
            + "from registry_history where iin = ? order by id")
        .param(iin)
        .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  private static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? "system" : auth.getName();
  }
}
