package dev.digest.tweetdigest.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** An HTTP endpoint on 127.0.0.1 that answers with queued fixtures and records each request. */
final class StubServer implements AutoCloseable {
  /** One answer: a status and a body. */
  record Reply(int status, String body) {}

  /** One recorded request. */
  record Request(String method, String path, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();
  private Function<String, Reply> dynamic;

  StubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
          Reply reply;
          synchronized (this) {
            requests.add(
                new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    headers,
                    body));
            reply =
                !replies.isEmpty() ? replies.poll() : dynamic != null ? dynamic.apply(body) : null;
          }
          if (reply == null) {
            reply = new Reply(500, "{\"error\":{\"code\":500,\"message\":\"no reply queued\"}}");
          }
          byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(reply.status(), bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized StubServer reply(int status, String body) {
    replies.add(new Reply(status, body));
    return this;
  }

  synchronized StubServer replyFixture(int status, String fixture) {
    return reply(status, fixture(fixture));
  }

  synchronized void answerWith(Function<String, Reply> answer) {
    dynamic = answer;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  static String fixture(String name) {
    try (InputStream in = StubServer.class.getResourceAsStream("/llm/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture llm/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
