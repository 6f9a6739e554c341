package kz.mse.registry.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@code @PreAuthorize} role before Spring MVC reads and validates the
 * request. Method security runs when the controller is called, i.e. after its arguments were
 * bound, so a caller with the wrong role sent an invalid body got a 400 naming our fields
 * instead of a 403. The check runs without arguments, so an expression that names one is left
 * to method security alone; method security still runs after it for every endpoint.
 */
@Configuration
class RoleBeforeBinding implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RoleCheck()).addPathPatterns("/api/**");
  }

  static final class RoleCheck implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();
    private final Map<Method, Boolean> namesArguments = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
        Object handler) {
      if (handler instanceof HandlerMethod method
          && !namesArguments.computeIfAbsent(method.getMethod(), m -> refersToArguments(method))) {
        Supplier<Authentication> caller =
            () -> SecurityContextHolder.getContext().getAuthentication();
        AuthorizationResult result = roles.authorize(caller,
            new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        if (result != null && !result.isGranted()) {
          throw new AccessDeniedException("Access Denied");
        }
      }
      return true;
    }

    /** An expression that names an argument ({@code #iin}) is left to method security. */
    private static boolean refersToArguments(HandlerMethod method) {
      return roleExpression(method).filter(roles -> roles.contains("#")).isPresent();
    }
  }

  /** The endpoint's {@code @PreAuthorize} expression: the method's, else its class's. */
  static Optional<String> roleExpression(HandlerMethod method) {
    PreAuthorize roles = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
        PreAuthorize.class);
    if (roles == null) {
      roles = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
          PreAuthorize.class);
    }
    return Optional.ofNullable(roles).map(PreAuthorize::value);
  }
}
