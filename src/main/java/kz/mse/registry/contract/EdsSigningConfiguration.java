package kz.mse.registry.contract;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EdsSigningConfiguration {

  /** The simulator unless {@code registry.signing.base-url} is set. */
  @Bean
  EdsSigning edsSigning(@Value("${registry.signing.base-url:}") String baseUrl,
      @Value("${registry.signing.connect-timeout:5s}") Duration connectTimeout,
      @Value("${registry.signing.read-timeout:10s}") Duration readTimeout) {
    return baseUrl.isBlank() ? new SimulatedEdsSigning()
        : new HttpEdsSigning(baseUrl, connectTimeout, readTimeout);
  }
}
