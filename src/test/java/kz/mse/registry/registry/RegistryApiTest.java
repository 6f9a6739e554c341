package kz.mse.registry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.mse.registry.exclusion.ExclusionGround;
import kz.mse.registry.support.RegistryTest;
import kz.mse.registry.support.TestIins;
import kz.mse.registry.system.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** API.md "Registry" (R393-3, Appendix 1) and exclusion by the Committee (R393-13). */
@RegistryTest
class RegistryApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired RegistryService registry;

  private RegistryEntry include(String specialty, String residence, String... codes) {
    return registry.include(new NewExpert(TestIins.next(), "Abaev", "Nurlan", "Serikovich",
        residence, specialty, List.of(codes), "+77011234567", "a@example.kz", "ru", null,
        LocalDate.of(2026, 1, 15)));
  }

  @Test
  void registryListsAppendix1Rows_R393_3() {
    String specialty = "Oncology-" + TestIins.next();
    RegistryEntry e = include(specialty, "Almaty", "C50");

    ResponseEntity<List> body = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/registry?specialty=" + specialty, List.class);

    assertThat(body.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
    Map<String, Object> row = (Map<String, Object>) body.getBody().get(0);
    assertThat(row).containsEntry("iin", e.iin())
        .containsEntry("fullName", "Abaev Nurlan Serikovich")
        .containsEntry("nosologies", List.of("C50"))
        .containsEntry("includedOn", "2026-01-15");
  }

  @Test
  void anIinWithACurrentRowIsNotIncludedTwice_R393_11() {
    RegistryEntry first = include("Twice-" + TestIins.next(), "Almaty", "C50");
    NewExpert again = new NewExpert(first.iin(), "Abaev", "Nurlan", null, "Astana", "Other",
        List.of("I10"), "+77011234567", "a@example.kz", "kk", null, LocalDate.of(2026, 2, 1));

    assertThatThrownBy(() -> registry.include(again)).isInstanceOf(ApiException.class)
        .hasMessageContaining("already in the registry")
        .extracting(e -> ((ApiException) e).status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(registry.findLatest(first.iin()).orElseThrow().number())
        .isEqualTo(first.number());
    assertThat(first.patronymic()).isEqualTo("Serikovich");
    assertThat(registry.findByNumber(first.number()).orElseThrow())
        .returns(LocalDate.of(2026, 1, 15), RegistryEntry::includedOn)
        .returns(List.of("C50"), RegistryEntry::nosologies);
  }

  @Test
  void aValueTooLongForItsColumnFailsInsteadOfBeingCut() {
    String iin = TestIins.next();
    NewExpert tooLong = new NewExpert(iin, "Abaev", "Nurlan", null, "A".repeat(301), "Long",
        List.of("C50"), "+77011234567", "a@example.kz", "ru", null, LocalDate.of(2026, 1, 15));

    assertThatThrownBy(() -> registry.include(tooLong))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(registry.findLatest(iin)).isEmpty();
  }

  @Test
  void nosologyFilterUsesCategoryCoverage() {
    String specialty = "Onc-" + TestIins.next();
    include(specialty, "Almaty", "C50");
    include(specialty, "Astana", "C51.1");

    ResponseEntity<List> body = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/registry?nosology=C50.9&specialty=" + specialty, List.class);

    assertThat(body.getBody()).hasSize(1);
  }

  @Test
  void csvHasBomColumnOrderAndQuoting_Appendix1() {
    String specialty = "Csv-" + TestIins.next();
    RegistryEntry e = include(specialty, "Almaty, \"Medeu\" district", "C50", "I10");

    ResponseEntity<byte[]> csv = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/registry?format=csv&specialty=" + specialty, byte[].class);

    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNo.,IIN,Full name,Residence,Specialty profile,"
        + "Nosologies (ICD-10),Inclusion date,Exclusion date,Exclusion reason\r\n");
    assertThat(text).contains(e.number() + "," + e.iin() + ",Abaev Nurlan Serikovich,"
        + "\"Almaty, \"\"Medeu\"\" district\"," + specialty + ",C50; I10,2026-01-15,,\r\n");
  }

  @Test
  void exclusionClosesTheRowAndIsKeptInHistory_R393_13() {
    RegistryEntry e = include("Hist-" + TestIins.next(), "Almaty", "C50");

    ResponseEntity<Map> excluded = rest.withBasicAuth("reviewer", "demo").postForEntity(
        "/api/registry/" + e.iin() + "/exclusions",
        Map.of("ground", "DEATH", "basis", "Death certificate 12"), Map.class);
    ResponseEntity<Map> again = rest.withBasicAuth("reviewer", "demo").postForEntity(
        "/api/registry/" + e.iin() + "/exclusions",
        Map.of("ground", "DEATH", "basis", "again"), Map.class);
    ResponseEntity<List> history = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/registry/" + e.iin() + "/history", List.class);

    assertThat(excluded.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(registry.findLatest(e.iin()).orElseThrow().excludedOn()).isNotNull();
    assertThat(history.getBody()).hasSize(2);
    assertThat((Map<String, Object>) history.getBody().get(1))
        .containsEntry("change", "EXCLUDED").containsEntry("changedBy", "reviewer");
  }

  @Test
  void statusFilterFindsExpertsOnSickLeave_R393_14() {
    String specialty = "Sick-" + TestIins.next();
    RegistryEntry sick = include(specialty, "Almaty", "C50");
    include(specialty, "Almaty", "C50");
    LocalDate today = LocalDate.now(kz.mse.registry.calendar.WorkingDays.ALMATY);
    rest.withBasicAuth("reviewer", "demo").postForEntity("/api/experts/" + sick.iin()
        + "/sick-leaves", Map.of("from", today.minusDays(1).toString(), "to",
        today.plusDays(3).toString()), Map.class);

    ResponseEntity<List> body = rest.withBasicAuth("reviewer", "demo")
        .getForEntity("/api/registry?status=sick-leave&specialty=" + specialty, List.class);

    assertThat(body.getBody()).singleElement()
        .satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("iin", sick.iin()));
  }

  @Test
  void planNotMetBarsReinclusion_R393_13_2() {
    RegistryEntry e = include("Bar-" + TestIins.next(), "Almaty", "C50");
    rest.withBasicAuth("reviewer", "demo").postForEntity(
        "/api/registry/" + e.iin() + "/exclusions",
        Map.of("ground", ExclusionGround.PLAN_NOT_MET.name(), "basis", "4 plans missed"),
        Map.class);
    assertThat(registry.standing(e.iin())).isEqualTo(RegistryService.Standing.BARRED);
  }

  @Test
  void badInputIs400UnknownIs404AndRolesAreChecked() {
    var committee = rest.withBasicAuth("reviewer", "demo");
    assertThat(committee.getForEntity("/api/registry?status=sleeping", String.class)
        .getBody()).contains("status");
    assertThat(committee.getForEntity("/api/registry?size=1001", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(committee.getForEntity("/api/registry?nosology=XX", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(committee.postForEntity("/api/registry/" + TestIins.next() + "/exclusions",
        Map.of("ground", "NOPE", "basis", "x"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(committee.postForEntity("/api/registry/" + TestIins.next() + "/exclusions",
        Map.of("ground", "DEATH", "basis", "x"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/registry", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("portal", "demo").getForEntity("/api/registry", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
