package kz.mse.registry.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401, 403 and the firewall's 400 (a URL with {@code //}, {@code ;}, {@code ..} and the
 * like: Spring Security's {@code WebSecurity} takes the {@link RequestRejectedHandler} bean) with
 * the same RFC 9457 body as every other error of the API.
 */
@Component
class ProblemSecurityHandler
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final ObjectMapper objectMapper;

  ProblemSecurityHandler(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"mse-registry\"");
    write(request, response, HttpStatus.UNAUTHORIZED, ProblemDetailsAdvice.UNAUTHENTICATED);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException exception) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, ProblemDetailsAdvice.FORBIDDEN_ROLE);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      RequestRejectedException exception) throws IOException {
    write(request, response, HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.REJECTED_REQUEST);
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetailsAdvice.problem(status, detail, request);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
