package kz.mse.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the results of all benchmark classes of one JVM run (Surefire runs them in one fork)
 * and rewrites target/bench/results.json and prints the table after each workload, so a
 * workload that fails later does not lose the earlier figures.
 */
final class BenchReport {

  private static final Path FILE = Path.of("target", "bench", "results.json");
  private static final List<BenchResult> results = new ArrayList<>();

  static {
    try {
      Files.deleteIfExists(FILE); // never report a previous run's figures as this run's
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BenchReport() {}

  static synchronized void add(BenchResult result) {
    result.fields().putIfAbsent("database", database());
    results.removeIf(r -> r.fields().get("workload").equals(result.fields().get("workload"))
        && r.fields().get("database").equals(result.fields().get("database")));
    results.add(result);
    write();
    System.out.println(table());
  }

  /** h2 or postgresql, from -Dbench.db.url (the bench context's database). */
  static String database() {
    String url = System.getProperty("bench.db.url", "jdbc:h2:mem");
    return url.startsWith("jdbc:") ? url.substring(5, url.indexOf(':', 5)) : url;
  }

  private static void write() {
    try {
      Files.createDirectories(FILE.getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(FILE.toFile(), results.stream().map(BenchResult::fields).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String table() {
    Set<String> columns = new LinkedHashSet<>();
    results.forEach(r -> columns.addAll(r.fields().keySet()));
    List<String> header = new ArrayList<>(columns);
    List<List<String>> rows = new ArrayList<>();
    for (BenchResult r : results) {
      Map<String, Object> f = r.fields();
      rows.add(header.stream().map(c -> f.get(c) == null ? "" : String.valueOf(f.get(c))).toList());
    }
    int[] widths = header.stream().mapToInt(String::length).toArray();
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder("\n=== MSE Expert Registry benchmark (target/bench/results.json) ===\n");
    line(out, header, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < widths.length; i++) {
      out.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(i))).append(" |");
    }
    out.append('\n');
  }
}
