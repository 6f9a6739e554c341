package kz.mse.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** API.md "Calendar". */
@RegistryTest
class CalendarApiTest {

  @Autowired TestRestTemplate rest;

  @Test
  void workingDayDeadlineOfTheContractExample() {
    ResponseEntity<Map> response = rest.withBasicAuth("portal", "demo")
        .getForEntity("/api/calendar/working-days?from=2026-03-20&days=5", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(
        Map.of("from", "2026-03-20", "days", 5, "deadline", "2026-04-01"));
  }

  @Test
  void nonWorkingDaysOfAYearSorted() {
    ResponseEntity<Map> response = rest.withBasicAuth("integration", "demo")
        .getForEntity("/api/calendar/2026/non-working-days", Map.class);

    List<String> days = (List<String>) response.getBody().get("days");
    assertThat(response.getBody()).containsEntry("year", 2026);
    assertThat(days).startsWith("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04")
        .contains("2026-03-25", "2026-05-27", "2026-12-16").isSorted()
        .doesNotContain("2026-03-26").hasSize(104 + 15);
  }

  @Test
  void anonymousCallersGet401() {
    ResponseEntity<Map> response =
        rest.getForEntity("/api/calendar/working-days?from=2026-03-20&days=5", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(rest.withBasicAuth("reviewer", "wrong")
        .getForEntity("/api/calendar/2026/non-working-days", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest(name = "{0} -> field {1}")
  @CsvSource({
      "/api/calendar/working-days?from=2026-02-30&days=5, from",
      "/api/calendar/working-days?from=yesterday&days=5, from",
      "/api/calendar/working-days?from=2026-03-20&days=-1, days",
      "/api/calendar/working-days?from=2026-03-20&days=5000, days",
      "/api/calendar/working-days?from=2026-03-20&days=five, days",
      "/api/calendar/working-days?days=5, from",
      "/api/calendar/working-days?from=2026-03-20, days",
      "/api/calendar/20x6/non-working-days, year",
      "/api/calendar/1066/non-working-days, year"
  })
  void badParametersAreNamedInAProblem(String url, String field) {
    ResponseEntity<Map> response = rest.withBasicAuth("reviewer", "demo")
        .getForEntity(url, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<Map<String, String>>) response.getBody().get("errors"))
        .extracting(e -> e.get("field")).containsExactly(field);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at kz.");
  }
}
