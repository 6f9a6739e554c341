package kz.mse.registry.bench;

/** Workload sizes from -Dbench.* (passed through by the bench Maven profile). */
final class BenchSizes {

  private BenchSizes() {}

  static int of(String name, int defaultValue) {
    String value = System.getProperty("bench." + name);
    return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
  }

  static double share(String name, double defaultValue) {
    String value = System.getProperty("bench." + name);
    return value == null || value.isBlank() ? defaultValue : Double.parseDouble(value.trim());
  }
}
