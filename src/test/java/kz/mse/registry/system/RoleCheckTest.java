package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

/** {@link RoleBeforeBinding.RoleCheck} on its own, with a signed-in portal user. */
class RoleCheckTest {

  private final RoleBeforeBinding.RoleCheck check = new RoleBeforeBinding.RoleCheck();

  static class Endpoints {
    @PreAuthorize("hasAuthority('committee')")
    public void committeeOnly() {}

    @PreAuthorize("hasAuthority('portal')")
    public void portalOnly() {}

    @PreAuthorize("#iin == authentication.name")
    public void ownRecord(String iin) {}

    public void anySignedIn() {}
  }

  @BeforeEach
  void portalUser() {
    SecurityContextHolder.getContext().setAuthentication(
        new TestingAuthenticationToken("portal", "demo", "portal"));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aRoleTheCallerLacksIsDeniedBeforeBinding() {
    assertThatThrownBy(() -> preHandle("committeeOnly"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theCallersRoleAndNoRoleAtAllPass() throws Exception {
    assertThat(preHandle("portalOnly")).isTrue();
    assertThat(preHandle("anySignedIn")).isTrue();
  }

  @Test
  void anExpressionNamingAnArgumentIsLeftToMethodSecurity() throws Exception {
    assertThat(preHandle("ownRecord", String.class)).isTrue();
  }

  private boolean preHandle(String name, Class<?>... parameters) throws Exception {
    HandlerMethod method = new HandlerMethod(new Endpoints(),
        Endpoints.class.getMethod(name, parameters));
    return check.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), method);
  }
}
