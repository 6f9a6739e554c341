package kz.mse.registry.intake;

import java.time.Duration;
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
      String simulatorFile,
      @Value("${registry.state-registries.connect-timeout:5s}") Duration connectTimeout,
      @Value("${registry.state-registries.read-timeout:10s}") Duration readTimeout) {
    return baseUrl.isBlank()
        ? new SimulatedStateRegistries(simulatorFile)
        : new HttpStateRegistries(baseUrl, connectTimeout, readTimeout);
  }
}
