package kz.mse.registry.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import kz.mse.registry.MseRegistryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Workload 5: the application as shipped (default settings, demo profile) but with an in-memory
 * H2 and a random port: time from SpringApplication.run to ApplicationReadyEvent, and the used
 * heap after a full GC.
 */
class AppStartupBenchmark {

  @Test
  void startupTimeAndHeap() {
    AtomicLong readyAt = new AtomicLong();
    SpringApplication app = new SpringApplication(MseRegistryApplication.class);
    app.setAdditionalProfiles("demo");
    app.addListeners(event -> {
      if (event instanceof ApplicationReadyEvent) {
        readyAt.set(System.nanoTime());
      }
    });
    long start = System.nanoTime();
    try (ConfigurableApplicationContext context = app.run(
        "--spring.datasource.url=jdbc:h2:mem:mse-startup;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.generate-unique-process-engine-name=true")) {
      double seconds = (readyAt.get() - start) / 1e9;
      System.gc();
      long heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      BenchReport.add(new BenchResult("startup", 1, seconds)
          .with("heapAfterStartupMb", heapBytes / (1024.0 * 1024.0))
          .with("database", "h2")); // always its own in-memory H2
    }
  }
}
