package kz.mse.registry.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a reviewer who is logged in to Tasklist open the documents that the review form links
 * ({@code GET /api/applications/{id}/documents/{documentId}}) without a second, Basic-auth
 * login: a read of {@code /api/**} without an Authorization header runs as the user of the
 * Camunda webapp session, with that user's current engine groups (not those the session
 * cached: a removal from the committee takes effect at once). Reads only (GET, HEAD): a
 * session cookie travels with cross-site requests, so nothing that changes state is accepted
 * this way; every write still needs Basic credentials.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String engineName;

  WebappSessionAuthenticationFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    return !read || request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || request.getSession(false) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String userId = webappUser(request.getSession(false));
    if (userId != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(userId, null,
              EngineIdentityAuthenticationProvider.authoritiesOf(identityService, userId)));
    }
    chain.doFilter(request, response);
  }

  private String webappUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    // Camunda's own accessor; on a session without webapp login it stores an empty holder,
    // as the webapps' filter does on their first request
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return user == null ? null : user.getIdentityId();
  }
}
