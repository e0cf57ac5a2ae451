package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Lambda Runtime API for one function process, on a loopback port: the runtime interface client
 * inside the function's JVM long-polls it for events and posts results back, exactly as it does
 * against the Lambda service.
 */
final class RuntimeApi implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime/";
  private static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";

  private final FunctionSpec function;
  private final String functionArn;
  private final HttpServer server;
  private final ExecutorService executor;
  private final LinkedBlockingDeque<Invocation> pending = new LinkedBlockingDeque<>();
  private final Map<String, Invocation> running = new ConcurrentHashMap<>();
  private final AtomicLong firstPollNanos = new AtomicLong();
  private volatile JsonNode initError;
  private volatile boolean closed;

  /** One event handed to the function, and its result once it comes back. */
  static final class Invocation {
    private final String requestId;
    private final byte[] payload;
    private final Duration timeout;
    private final CompletableFuture<Long> started = new CompletableFuture<>();
    private final CompletableFuture<InvocationResult> done = new CompletableFuture<>();

    Invocation(String requestId, byte[] payload, Duration timeout) {
      this.requestId = requestId;
      this.payload = payload.clone();
      this.timeout = timeout;
    }

    String requestId() {
      return requestId;
    }

    /** Completes with the deadline (epoch millis) once the runtime has taken the event. */
    CompletableFuture<Long> started() {
      return started;
    }

    /** Completes when the runtime posts a response or an error. */
    CompletableFuture<InvocationResult> done() {
      return done;
    }
  }

  RuntimeApi(FunctionSpec function, LocalAccount account) {
    this.function = function;
    this.functionArn = account.functionArn(function.name());
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "runtime-api-" + function.logicalId());
              thread.setDaemon(true);
              return thread;
            });
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new LocalException("Cannot open the Runtime API port: " + e.getMessage(), e);
    }
    server.setExecutor(executor);
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  /** The value of {@code AWS_LAMBDA_RUNTIME_API}: host and port. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues an event for the runtime's next poll. */
  void submit(Invocation invocation) {
    pending.add(invocation);
  }

  /** Drops an event the runtime has not taken yet; false when it already has. */
  boolean withdraw(Invocation invocation) {
    return pending.remove(invocation);
  }

  /** The error the runtime reported during init, if it did. */
  JsonNode initError() {
    return initError;
  }

  /** When the runtime first asked for an event (System.nanoTime), or 0 before then. */
  long firstPollNanos() {
    return firstPollNanos.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("invocation/next")) {
        next(exchange);
      } else if (method.equals("POST") && path.startsWith("invocation/")) {
        String[] parts = path.split("/");
        if (parts.length == 3 && (parts[2].equals("response") || parts[2].equals("error"))) {
          result(exchange, parts[1], parts[2].equals("response"));
        } else {
          reply(exchange, 404, error("UnknownPath", "No such Runtime API path: " + path));
        }
      } else if (method.equals("POST") && path.equals("init/error")) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        initError = parseError(body, exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER));
        reply(exchange, 202, "{\"status\":\"OK\"}");
      } else {
        reply(exchange, 404, error("UnknownPath", "No such Runtime API path: " + path));
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    firstPollNanos.compareAndSet(0, System.nanoTime());
    Invocation invocation = null;
    try {
      while (invocation == null) {
        if (closed) {
          reply(exchange, 500, error("Closed", "The function is being shut down"));
          return;
        }
        invocation = pending.poll(200, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    long deadline = System.currentTimeMillis() + invocation.timeout.toMillis();
    running.put(invocation.requestId, invocation);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId);
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
    headers.set("Lambda-Runtime-Trace-Id", traceId());
    try {
      exchange.sendResponseHeaders(
          200, invocation.payload.length == 0 ? -1 : invocation.payload.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(invocation.payload);
      }
    } catch (IOException e) {
      // The runtime went away before it got the event: hand it to the next poll.
      running.remove(invocation.requestId);
      pending.addFirst(invocation);
      throw e;
    }
    invocation.started.complete(deadline);
  }

  private void result(HttpExchange exchange, String requestId, boolean success) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Invocation invocation = running.remove(requestId);
    if (invocation == null) {
      reply(exchange, 400, error("InvalidRequestID", "Unknown request id " + requestId));
      return;
    }
    reply(exchange, 202, "{\"status\":\"OK\"}");
    String text = new String(body, StandardCharsets.UTF_8);
    if (success) {
      invocation.done.complete(
          new InvocationResult(requestId, InvocationResult.Kind.SUCCESS, text, null, null, null));
    } else {
      JsonNode error = parseError(body, exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER));
      invocation.done.complete(
          new InvocationResult(
              requestId,
              InvocationResult.Kind.ERROR,
              text,
              error.path("errorType").asText(),
              error.path("errorMessage").asText(),
              null));
    }
  }

  private static JsonNode parseError(byte[] body, String headerType) {
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      JsonNode node = Json.parse(text);
      if (node.isObject()) {
        return node;
      }
    } catch (IllegalArgumentException e) {
      // Fall through: an error body that is not JSON is kept as the message.
    }
    return Json.parse(error(headerType == null ? "Unknown" : headerType, text));
  }

  private static String error(String type, String message) {
    return Json.write(Map.of("errorType", type, "errorMessage", message));
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  private static String traceId() {
    HexFormat hex = HexFormat.of();
    byte[] id = new byte[12];
    byte[] parent = new byte[8];
    ThreadLocalRandom.current().nextBytes(id);
    ThreadLocalRandom.current().nextBytes(parent);
    return String.format(
        "Root=1-%08x-%s;Parent=%s;Sampled=0",
        System.currentTimeMillis() / 1000, hex.formatHex(id), hex.formatHex(parent));
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    InvocationResult aborted =
        new InvocationResult(
            "", InvocationResult.Kind.ERROR, "", "Local.Shutdown", "The run was stopped", null);
    running.values().forEach(i -> i.done.complete(aborted));
    pending.forEach(i -> i.done.complete(aborted));
  }

  @Override
  public String toString() {
    return "RuntimeApi[" + function.logicalId() + " at " + address() + "]";
  }
}
