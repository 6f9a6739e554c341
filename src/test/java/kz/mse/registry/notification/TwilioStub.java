package kz.mse.registry.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local stand-in for Twilio's Messages API (no internet here). */
public class TwilioStub implements AutoCloseable {

  public record Received(String path, String authorization, Map<String, String> form) {}

  private final HttpServer server;
  public final List<Received> received = new CopyOnWriteArrayList<>();
  /** How many of the next calls fail with {@link #failureStatus}. */
  final AtomicInteger failuresLeft = new AtomicInteger();
  volatile int failureStatus = 500;
  volatile String failureBody = "{\"code\":20500,\"message\":\"Internal error\",\"status\":500}";
  private final AtomicInteger accepted = new AtomicInteger();

  public TwilioStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(new Received(exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"), parse(body)));
      boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      int status = fail ? failureStatus : 201;
      String response = fail ? failureBody : "{\"sid\":\"SM" + accepted.incrementAndGet()
          + "stub\",\"status\":\"queued\",\"body\":\"\"}";
      byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int acceptedCount() {
    return accepted.get();
  }

  private static Map<String, String> parse(String form) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
