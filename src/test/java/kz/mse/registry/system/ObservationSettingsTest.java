package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import kz.mse.registry.support.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests are observed (their metric), Spring Security's filters are not. */
@RegistryTest
class ObservationSettingsTest {

  @Autowired ObservationRegistry observations;

  @Test
  void securityFiltersAreNotObserved() {
    for (String name : new String[] {"spring.security.filterchains",
        "spring.security.authentications", "spring.security.authorizations"}) {
      Observation observation = Observation.start(name, observations);
      assertThat(observation.isNoop()).as(name).isTrue();
      observation.stop();
    }
  }

  @Test
  void requestsStillAre() {
    Observation observation = Observation.start("http.server.requests", observations);
    assertThat(observation.isNoop()).isFalse();
    observation.stop();
  }
}
