package kz.mse.registry.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration
class ApiRequestLimits {

  /**
   * {@code registry.api.max-request-size} (default 100MB): room for an application's six
   * documents of up to 10 MB each in base64, with margin.
   */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> apiRequestBodyLimit(
      @Value("${registry.api.max-request-size:100MB}") DataSize maxRequestSize) {
    FilterRegistrationBean<RequestBodyLimit> registration =
        new FilterRegistrationBean<>(new RequestBodyLimit(maxRequestSize.toBytes()));
    registration.setName("api-request-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
