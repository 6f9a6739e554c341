package kz.mse.registry.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StateRegistriesConfiguration {

  /** The simulator unless {@code registry.state-registries.base-url} is set. */
  @Bean
  StateRegistries stateRegistries(
      @Value("${registry.state-registries.base-url:}") String baseUrl,
      @Value("${registry.state-registries.simulator:state-registries/simulator.yml}")
      String simulatorFile) {
    return baseUrl.isBlank()
        ? new SimulatedStateRegistries(simulatorFile)
        : new HttpStateRegistries(baseUrl);
  }
}
