package kz.mse.registry.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall time per phase of a driven workload, to see where a lifecycle spends its time. */
final class PhaseClock {

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long last = System.nanoTime();

  void mark(String phase) {
    long now = System.nanoTime();
    nanos.merge(phase, now - last, Long::sum);
    last = now;
  }

  void reset() {
    nanos.clear();
    last = System.nanoTime();
  }

  String summary(String title) {
    return "--- seconds per phase: " + title + " --- " + nanos.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format("%.2f", e.getValue() / 1e9))
        .collect(Collectors.joining(", "));
  }
}
