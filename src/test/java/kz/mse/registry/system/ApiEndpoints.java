package kz.mse.registry.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The {@code /api} endpoints Spring MVC maps, one per verb and path, for the sweep tests. */
record ApiEndpoints(RequestMethod verb, String pattern, Optional<String> roles) {

  /** Every mapped {@code /api} verb and path (a mapping without verbs is taken as GET). */
  static List<ApiEndpoints> of(RequestMappingHandlerMapping mappings) {
    List<ApiEndpoints> endpoints = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
            endpoints.add(new ApiEndpoints(verb, pattern,
                RoleBeforeBinding.roleExpression(method)));
          }
        }
      }
    });
    return endpoints;
  }

  /** The path with every variable replaced by {@code value}. */
  String path(String value) {
    return pattern.replaceAll("\\{[^}]+}", value);
  }

  boolean hasBody() {
    return verb == RequestMethod.POST || verb == RequestMethod.PUT
        || verb == RequestMethod.PATCH;
  }
}
