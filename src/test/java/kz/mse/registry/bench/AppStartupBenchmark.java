package kz.mse.registry.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Workload 5: the application as shipped, started cold in a JVM of its own with default flags
 * (the benchmark JVM compiles differently, see the bench profile): seconds from
 * SpringApplication.run to ApplicationReadyEvent and the used heap after a full GC, as
 * {@link StartupProbe} prints them.
 */
class AppStartupBenchmark {

  @Test
  void startupTimeAndHeap() throws IOException, InterruptedException {
    Process probe = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()))
        .redirectErrorStream(true).start();
    String figures = null;
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(StartupProbe.PREFIX)) {
          figures = line.substring(StartupProbe.PREFIX.length());
        }
        tail.addLast(line);
        if (tail.size() > 40) {
          tail.removeFirst();
        }
      }
    }
    if (!probe.waitFor(3, TimeUnit.MINUTES) || probe.exitValue() != 0 || figures == null) {
      probe.destroyForcibly();
      throw new IllegalStateException("the startup probe did not report (exit "
          + (probe.isAlive() ? "none" : probe.exitValue()) + "):\n" + String.join("\n", tail));
    }
    String[] parts = figures.split(" ");
    BenchReport.add(new BenchResult("startup", 1, Double.parseDouble(parts[0]))
        .with("heapAfterStartupMb", Double.parseDouble(parts[1]))
        .with("jvm", "own process, default flags")
        .with("database", "h2")); // always its own in-memory H2
  }
}
