package kz.mse.registry.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One workload's figures; optional figures are left out of the JSON when absent. */
final class BenchResult {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  BenchResult(String workload, long operations, double seconds) {
    fields.put("workload", workload);
    fields.put("operations", operations);
    fields.put("seconds", round(seconds));
    fields.put("perSecond", seconds > 0 ? round(operations / seconds) : null);
  }

  BenchResult baseline(long operations, double seconds) {
    double perSecond = operations / seconds;
    fields.put("baselinePerSecond", round(perSecond));
    Object own = fields.get("perSecond");
    if (own instanceof Double d && perSecond > 0) {
      fields.put("ratio", round(d / perSecond));
    }
    return this;
  }

  BenchResult with(String name, Object value) {
    fields.put(name, value instanceof Double d ? round(d) : value);
    return this;
  }

  Map<String, Object> fields() {
    return fields;
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
