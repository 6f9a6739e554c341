package kz.mse.registry.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in the place of Tomcat's HTML error report valve: the
 * host adds its default valve at start only when none of the configured class is present.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final ObjectMapper objectMapper;

  TomcatErrorPages(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        host.getPipeline().addValve(new ProblemErrorReportValve(objectMapper));
      }
    });
  }
}
