package kz.mse.registry.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import kz.mse.registry.validation.IinNumbers;

/** Fresh valid IINs for tests that share one database. */
public final class TestIins {

  private TestIins() {}

  /** A valid IIN of a man born in the 1980s, random otherwise. */
  /** Never the same IIN twice in one JVM: a random repeat would collide in the registry. */
  private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String body = String.format("8%d%02d%02d3%04d", random.nextInt(10),
          1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(10000));
      for (int check = 0; check <= 9; check++) {
        if (IinNumbers.isValid(body + check) && ISSUED.add(body + check)) {
          return body + check;
        }
      }
    }
  }

  /** The same IIN with a wrong check digit. */
  public static String withBadChecksum(String iin) {
    int last = iin.charAt(11) - '0';
    return iin.substring(0, 11) + ((last + 1) % 10);
  }
}
