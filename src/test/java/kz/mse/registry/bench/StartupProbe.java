package kz.mse.registry.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import kz.mse.registry.MseRegistryApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Started by {@link AppStartupBenchmark} in a JVM of its own with default flags: the
 * application as shipped (demo profile) on an in-memory H2 and a random port. Prints
 * {@code STARTUP <seconds to ApplicationReadyEvent> <used heap MB after a full GC>}.
 */
public final class StartupProbe {

  static final String PREFIX = "STARTUP ";

  private StartupProbe() {}

  public static void main(String[] args) {
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
      System.out.println(PREFIX + seconds + " " + heapBytes / (1024.0 * 1024.0));
    }
  }
}
