package kz.mse.registry.system;

import kz.mse.registry.validation.PlainText;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Three doors, one identity store (the engine's):
 * {@code /api/**}, {@code /engine-rest/**} and the actuator use HTTP Basic against the engine
 * identity ({@code /api/**} also serves reads to a Tasklist session, so the review form's
 * document links open: {@link WebappSessionAuthenticationFilter}); on {@code /engine-rest/**} the engine's own authentication filter then makes the
 * engine's authorization checks run as the caller; the Camunda webapps keep their own login
 * and CSRF protection.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  /**
   * Spring Security's default firewall, which also refuses control characters in parameter
   * values (query and form: a NUL would reach PostgreSQL as a 500); Spring Security's
   * {@code WebSecurity} takes this bean, and {@link ProblemSecurityHandler} answers the 400.
   */
  @Bean
  HttpFirewall httpFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedParameterValues(value -> !PlainText.hasControlCharacter(value));
    return firewall;
  }

  @Bean
  AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandler problems,
      AuthenticationManager authenticationManager, ProcessEngine engine) throws Exception {
    return http.securityMatcher(antMatcher("/api/**"))
        .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getIdentityService(),
            engine.getName()), BasicAuthenticationFilter.class)
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests
            // Twilio authenticates its status callback with X-Twilio-Signature, checked there.
            .requestMatchers(antMatcher(HttpMethod.POST, "/api/integrations/sms/status")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain actuatorChain(HttpSecurity http, ProblemSecurityHandler problems,
      AuthenticationManager authenticationManager) throws Exception {
    return http.securityMatcher(antMatcher("/actuator/**"))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**"))
            .permitAll()
            .anyRequest().hasAuthority(Roles.ADMIN))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * Engine REST: every call needs Basic credentials (the engine's own filter lets the engine
   * list through unauthenticated); the engine filter below then runs authorization checks as
   * the caller.
   */
  @Bean
  @Order(3)
  SecurityFilterChain engineRestChain(HttpSecurity http, ProblemSecurityHandler problems,
      AuthenticationManager authenticationManager) throws Exception {
    return http.securityMatcher(antMatcher("/engine-rest/**"))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** The webapps authenticate themselves (own login, own CSRF); Spring only adds headers. */
  @Bean
  @Order(4)
  SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
