package kz.mse.registry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A fixed number of requests from a fixed number of concurrent clients (platform threads, one
 * shared JDK HttpClient), bounded by a time limit. Latency of each request in nanoseconds.
 */
final class HttpLoad {

  record Outcome(int requests, int failures, double seconds, long[] latencies) {

    static final Outcome NONE = new Outcome(0, 0, 0, new long[0]);

    /** Two runs' requests and latencies pooled, their seconds added. */
    Outcome plus(Outcome other) {
      long[] both = java.util.Arrays.copyOf(latencies, latencies.length + other.latencies.length);
      System.arraycopy(other.latencies, 0, both, latencies.length, other.latencies.length);
      return new Outcome(requests + other.requests, failures + other.failures,
          seconds + other.seconds, both);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String authorization;

  HttpLoad(String user, String password) {
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code requestFor} builds request i (0-based); a 2xx response counts as success. */
  Outcome run(int requests, int clients, Duration limit, IntFunction<HttpRequest.Builder> requestFor)
      throws InterruptedException {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long deadline = System.nanoTime() + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
            i = next.getAndIncrement()) {
          HttpRequest request = requestFor.apply(i).header("Authorization", authorization)
              .timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
              failures.incrementAndGet();
            }
          } catch (Exception e) {
            failures.incrementAndGet();
          }
          latencies[i] = System.nanoTime() - t0;
          done.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] measured = java.util.Arrays.copyOf(latencies, Math.min(done.get(), requests));
    return new Outcome(done.get(), failures.get(), seconds, measured);
  }

  static URI uri(int port, String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }
}
