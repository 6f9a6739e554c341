package kz.mse.registry.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the e-government gateway ({@code GET /persons/{iin}/findings}) and the
 * EDS signing service ({@code POST /signing-requests}), as docs/admission.md describes them
 * (no internet here). Each can be told to fail its next calls with 503.
 */
final class ExternalSystemsStub implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_FINDINGS = "{\"psychiatricRegistration\":false,"
      + "\"narcologyRegistration\":false,\"criminalRecord\":false}";

  private final HttpServer server;
  /** The gateway's answer per IIN; any other IIN has no findings. */
  final Map<String, String> findings = new ConcurrentHashMap<>();
  final List<String> findingsAsked = new CopyOnWriteArrayList<>();
  final List<JsonNode> signingRequests = new CopyOnWriteArrayList<>();
  final AtomicInteger gatewayFailuresLeft = new AtomicInteger();
  final AtomicInteger signingFailuresLeft = new AtomicInteger();
  /** While set, the gateway accepts the request and never answers (until reset or close). */
  private volatile CountDownLatch gatewayHangs = new CountDownLatch(0);

  ExternalSystemsStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/persons/", this::gateway);
    server.createContext("/signing-requests", this::signing);
    server.setExecutor(Executors.newCachedThreadPool()); // a hanging call blocks only itself
    server.start();
  }

  void hangGateway() {
    gatewayHangs = new CountDownLatch(1);
  }

  void reset() {
    gatewayFailuresLeft.set(0);
    signingFailuresLeft.set(0);
    gatewayHangs.countDown();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void gateway(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath(); // /persons/{iin}/findings
    String iin = path.substring("/persons/".length(), path.lastIndexOf('/'));
    findingsAsked.add(iin);
    awaitRelease(gatewayHangs);
    if (failsNow(gatewayFailuresLeft)) {
      answer(exchange, 503, "{\"error\":\"gateway unavailable\"}");
    } else {
      answer(exchange, 200, findings.getOrDefault(iin, NO_FINDINGS));
    }
  }

  private void signing(HttpExchange exchange) throws IOException {
    signingRequests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
    answer(exchange, failsNow(signingFailuresLeft) ? 503 : 202, "{}");
  }

  private static void awaitRelease(CountDownLatch hang) {
    try {
      hang.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean failsNow(AtomicInteger failuresLeft) {
    return failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    reset();
    server.stop(0);
  }
}
