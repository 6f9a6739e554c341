package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The remembered logins: fewer identity checks, never a wrong or stale acceptance. */
class EngineIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final MovableClock clock = new MovableClock();
  private EngineIdentityAuthenticationProvider provider;

  @BeforeEach
  void users() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("portal", "secret")).thenReturn(true);
    Group group = mock(Group.class);
    when(group.getId()).thenReturn("portal");
    when(identity.createGroupQuery().groupMember("portal").list()).thenReturn(List.of(group));
    provider = new EngineIdentityAuthenticationProvider(identity, Duration.ofSeconds(60), clock);
  }

  @Test
  void aSecondRequestWithinTheMinuteIsNotCheckedAgain() {
    assertThat(authorities(login("portal", "secret"))).containsExactly("portal");
    assertThat(authorities(login("portal", "secret"))).containsExactly("portal");
    verify(identity, times(1)).checkPassword("portal", "secret");
  }

  @Test
  void aWrongPasswordIsAlwaysCheckedAndRefused() {
    login("portal", "secret");
    assertThatThrownBy(() -> login("portal", "guess")).isInstanceOf(BadCredentialsException.class);
    verify(identity).checkPassword("portal", "guess");
    // the refused attempt also forgot the remembered login
    login("portal", "secret");
    verify(identity, times(2)).checkPassword("portal", "secret");
  }

  @Test
  void afterTheMinuteThePasswordIsCheckedAgain_soAChangeTakesEffect() {
    login("portal", "secret");
    clock.move(Duration.ofSeconds(61));
    when(identity.checkPassword("portal", "secret")).thenReturn(false);
    assertThatThrownBy(() -> login("portal", "secret"))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void zeroTurnsTheCacheOff() {
    provider = new EngineIdentityAuthenticationProvider(identity, Duration.ZERO, clock);
    login("portal", "secret");
    login("portal", "secret");
    verify(identity, times(2)).checkPassword("portal", "secret");
  }

  @Test
  void missingCredentialsAreRefused() {
    assertThatThrownBy(() -> provider.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated("portal", null)))
        .isInstanceOf(BadCredentialsException.class);
  }

  private Authentication login(String user, String password) {
    return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
  }

  private static List<String> authorities(Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-24T00:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
