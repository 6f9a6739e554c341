package kz.mse.registry.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CampaignRepository {

  private static final String SEPARATOR = "\n";

  private final JdbcClient jdbc;

  CampaignRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Campaign campaign, String createdBy, OffsetDateTime now) {
    Campaign.Organization org = campaign.organization();
    jdbc.sql("insert into campaign (id, title, published_on, acceptance_from, acceptance_to, "
            + "status, org_name, org_address, org_phones, org_emails, created_by, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(campaign.id(), campaign.title(), campaign.publishedOn(),
            campaign.acceptanceFrom(), campaign.acceptanceTo(), campaign.status().name(),
            org.name(), org.address(), String.join(SEPARATOR, org.phones()),
            String.join(SEPARATOR, org.emails()), createdBy, now)
        .update();
    int no = 1;
    for (Campaign.Position p : campaign.positions()) {
      jdbc.sql("insert into campaign_position (campaign_id, position_no, specialty_profile, "
              + "nosologies, seats, duties, tariff_kzt, payment_terms) "
              + "values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(campaign.id(), no++, p.specialtyProfile(), String.join(",", p.nosologies()),
              p.seats(), p.duties(), p.tariffKzt(), p.paymentTerms())
          .update();
    }
  }

  /** Moves the status forward only, so a late or repeated timer never moves it back. */
  void advanceStatus(String id, CampaignStatus status) {
    List<String> earlier = Arrays.stream(CampaignStatus.values())
        .filter(s -> s.ordinal() < status.ordinal()).map(Enum::name).toList();
    if (earlier.isEmpty()) {
      return;
    }
    jdbc.sql("update campaign set status = :status where id = :id and status in (:earlier)")
        .param("status", status.name()).param("id", id).param("earlier", earlier)
        .update();
  }

  Optional<Campaign> find(String id) {
    return list("where c.id = ?", id).stream().findFirst();
  }

  List<Campaign> findAll() {
    return list("", null);
  }

  /** Campaigns with their positions in one query (one round trip), newest acceptance first. */
  private List<Campaign> list(String where, Object param) {
    var query = jdbc.sql("select c.*, p.position_no as p_no, p.specialty_profile as p_profile,"
        + " p.nosologies as p_nosologies, p.seats as p_seats, p.duties as p_duties,"
        + " p.tariff_kzt as p_tariff, p.payment_terms as p_payment from campaign c"
        + " left join campaign_position p on p.campaign_id = c.id " + where
        + " order by c.acceptance_from desc, c.created_at desc, c.id, p.position_no");
    Map<String, Campaign> campaigns = new LinkedHashMap<>();
    Map<String, List<Campaign.Position>> positions = new LinkedHashMap<>();
    (param == null ? query : query.param(param)).query(rs -> {
      String id = rs.getString("id");
      if (!campaigns.containsKey(id)) {
        campaigns.put(id, campaign(rs));
        positions.put(id, new ArrayList<>());
      }
      if (rs.getObject("p_no") != null) {
        positions.get(id).add(new Campaign.Position(rs.getString("p_profile"),
            List.of(rs.getString("p_nosologies").split(",")), rs.getInt("p_seats"),
            rs.getString("p_duties"), rs.getBigDecimal("p_tariff"),
            rs.getString("p_payment")));
      }
    });
    return campaigns.values().stream()
        .map(c -> c.withPositions(List.copyOf(positions.get(c.id()))))
        .toList();
  }

  private static Campaign campaign(ResultSet rs) throws SQLException {
    return new Campaign(rs.getString("id"), rs.getString("title"),
        CampaignStatus.valueOf(rs.getString("status")),
        rs.getObject("published_on", java.time.LocalDate.class),
        rs.getObject("acceptance_from", java.time.LocalDate.class),
        rs.getObject("acceptance_to", java.time.LocalDate.class),
        new Campaign.Organization(rs.getString("org_name"), rs.getString("org_address"),
            List.of(rs.getString("org_phones").split(SEPARATOR)),
            List.of(rs.getString("org_emails").split(SEPARATOR))),
        List.of());
  }
}
