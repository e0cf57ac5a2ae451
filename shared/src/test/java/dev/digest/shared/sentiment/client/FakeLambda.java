package dev.digest.shared.sentiment.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Invoke API on 127.0.0.1 ({@code POST /2015-03-31/functions/{name}/invocations}), so
 * tests drive the real SDK client over HTTP and choose each answer. Other modules' tests use it
 * through shared's test jar.
 */
public final class FakeLambda implements AutoCloseable {
  private static final Pattern INVOKE =
      Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");

  /** One invoke request as received: the decoded function name and the payload. */
  public record Invocation(String function, byte[] payload) {
    /** The payload as UTF-8 text. */
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  /** One answer, as Lambda sends it. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    /** 200 with the function's response. */
    public static Reply ok(byte[] body) {
      return new Reply(
          200,
          Map.of("Content-Type", "application/json", "X-Amz-Executed-Version", "$LATEST"),
          body);
    }

    /** 200 with the function's response. */
    public static Reply ok(String body) {
      return ok(body.getBytes(StandardCharsets.UTF_8));
    }

    /** 429, as Lambda throttles an invoke. */
    public static Reply throttled() {
      return error(
          429, "TooManyRequestsException", "{\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}");
    }

    /** 500, Lambda's own failure. */
    public static Reply serviceError() {
      return error(
          500, "ServiceException", "{\"Type\":\"Service\",\"message\":\"Internal failure.\"}");
    }

    /** 413, a payload over the synchronous limit. */
    public static Reply tooLarge() {
      return error(
          413,
          "RequestTooLargeException",
          "{\"Type\":\"User\",\"message\":\"Request must be smaller than 6291456 bytes for the"
              + " InvokeFunction operation\"}");
    }

    /** 200 flagged by {@code X-Amz-Function-Error: Unhandled}: the function threw or timed out. */
    public static Reply unhandled(String errorType, String errorMessage) {
      return new Reply(
          200,
          Map.of(
              "Content-Type",
              "application/json",
              "X-Amz-Executed-Version",
              "$LATEST",
              "X-Amz-Function-Error",
              "Unhandled"),
          ("{\"errorMessage\":\"" + errorMessage + "\",\"errorType\":\"" + errorType + "\"}")
              .getBytes(StandardCharsets.UTF_8));
    }

    /** 409 SnapStartNotReadyException: the version's snapshot is still being made. */
    public static Reply snapStartNotReady() {
      return error(
          409,
          "SnapStartNotReadyException",
          "{\"Type\":\"User\",\"message\":\"Lambda is initializing your function.\"}");
    }

    private static Reply error(int status, String type, String body) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json", "x-amzn-ErrorType", type),
          body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Chooses the answer to one invocation; it may block, requests are served concurrently. */
  @FunctionalInterface
  public interface Behaviour {
    Reply answer(Invocation invocation) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Invocation> invocations = new CopyOnWriteArrayList<>();

  private FakeLambda(Behaviour behaviour) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/", exchange -> serve(exchange, behaviour));
    server.start();
  }

  /** Starts an endpoint that answers every invocation with {@code behaviour}. */
  public static FakeLambda start(Behaviour behaviour) {
    try {
      return new FakeLambda(behaviour);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL for {@code AWS_ENDPOINT_URL_LAMBDA}. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every invocation received so far, in arrival order. */
  public List<Invocation> invocations() {
    return List.copyOf(invocations);
  }

  /** Stops listening at once: later invocations fail to connect. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void serve(HttpExchange exchange, Behaviour behaviour) throws IOException {
    try (exchange) {
      Matcher path = INVOKE.matcher(exchange.getRequestURI().getRawPath());
      if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      Invocation invocation =
          new Invocation(
              URLDecoder.decode(path.group(1), StandardCharsets.UTF_8),
              exchange.getRequestBody().readAllBytes());
      invocations.add(invocation);
      Reply reply;
      try {
        reply = behaviour.answer(invocation);
      } catch (Exception e) {
        reply = Reply.serviceError();
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }
}
