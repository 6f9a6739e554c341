package kz.mse.registry.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials of {@code /api/**} against the engine's identity service, so
 * users and groups are managed in one place (Camunda Admin); each group becomes an authority.
 *
 * <p>A successful check is remembered for {@code registry.security.login-cache} (default 60 s):
 * the portal and the integrations call with every request, and checking the password hash and
 * loading the groups each time was most of a small request's cost. Only a salted digest of the
 * password is kept, never the password; a changed password, lock or group takes effect within
 * that time at the latest. {@code 0s} turns the cache off.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private static final int MAX_REMEMBERED = 10_000;

  private final IdentityService identityService;
  private final Duration remembered;
  private final Clock clock;
  private final byte[] salt = new byte[16];
  private final Map<String, Login> logins = new ConcurrentHashMap<>();

  @Autowired
  EngineIdentityAuthenticationProvider(IdentityService identityService,
      @Value("${registry.security.login-cache:60s}") Duration remembered) {
    this(identityService, remembered, Clock.systemUTC());
  }

  EngineIdentityAuthenticationProvider(IdentityService identityService, Duration remembered,
      Clock clock) {
    this.identityService = identityService;
    this.remembered = remembered;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  private record Login(byte[] digest, List<GrantedAuthority> authorities, Instant until) {}

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Invalid user name or password");
    }
    byte[] digest = digest(userId, credentials.toString());
    Login login = logins.get(userId);
    if (login == null || !clock.instant().isBefore(login.until())
        || !MessageDigest.isEqual(login.digest(), digest)) {
      login = check(userId, credentials.toString(), digest);
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, login.authorities());
  }

  private Login check(String userId, String password, byte[] digest) {
    logins.remove(userId);
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Invalid user name or password");
    }
    Login login = new Login(digest, groupsOf(userId), clock.instant().plus(remembered));
    if (!remembered.isZero() && !remembered.isNegative()) {
      if (logins.size() >= MAX_REMEMBERED) {
        logins.clear();
      }
      logins.put(userId, login);
    }
    return login;
  }

  private byte[] digest(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private List<GrantedAuthority> groupsOf(String userId) {
    return authoritiesOf(identityService, userId);
  }

  /** The user's engine groups, each as an authority (also used for webapp sessions). */
  static List<GrantedAuthority> authoritiesOf(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
