package kz.mse.registry.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of latencies in nanoseconds, reported in milliseconds. */
final class Percentiles {

  private final long[] sorted;

  Percentiles(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  /** The middle value (the upper one of an even count). */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  double millis(double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
  }
}
