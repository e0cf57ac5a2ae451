package dev.digest.tweetdigest.x;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local stand-in for the X API v2, so the source's HTTP handling is tested end to end. */
final class XApiStub implements AutoCloseable {

  /** A canned answer. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply ok(String body) {
      return new Reply(200, Map.of(), body);
    }
  }

  /** Answers one request itself, for tests that need to block or inspect it. */
  @FunctionalInterface
  interface Handler {
    Reply handle(URI uri) throws InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Deque<Reply>> replies = new HashMap<>();
  private final Map<String, Handler> handlers = new HashMap<>();
  private final Map<String, String> users = new HashMap<>();
  private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  XApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** The base URL to configure. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A user the dynamic lookup knows. */
  XApiStub user(String username, String id) {
    synchronized (this) {
      users.put(username.toLowerCase(java.util.Locale.ROOT), username + "/" + id);
    }
    return this;
  }

  /** Queues answers for a path; the last one repeats. */
  synchronized XApiStub on(String path, Reply... answers) {
    replies.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    return this;
  }

  /** Answers a path with a handler. */
  synchronized XApiStub on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Every request so far, in order. */
  List<URI> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The requests to one path. */
  List<URI> requests(String path) {
    return requests().stream().filter(uri -> uri.getPath().equals(path)).toList();
  }

  /** The Authorization headers received. */
  List<String> authorizations() {
    synchronized (authorizations) {
      return List.copyOf(authorizations);
    }
  }

  /** A fixture from {@code src/test/resources/x/}. */
  static String fixture(String name) {
    try (InputStream in = XApiStub.class.getResourceAsStream("/x/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    requests.add(uri);
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    Reply reply;
    try {
      reply = answer(uri);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = new Reply(500, Map.of(), "{}");
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private Reply answer(URI uri) throws InterruptedException {
    Handler handler;
    Reply queued = null;
    synchronized (this) {
      handler = handlers.get(uri.getPath());
      Deque<Reply> queue = replies.get(uri.getPath());
      if (queue != null && !queue.isEmpty()) {
        queued = queue.size() > 1 ? queue.poll() : queue.peek();
      }
    }
    if (handler != null) {
      return handler.handle(uri);
    }
    if (queued != null) {
      return queued;
    }
    if (uri.getPath().equals("/2/users/by")) {
      return lookup(query(uri).get("usernames"));
    }
    return new Reply(
        404,
        Map.of(),
        "{\"title\":\"Not Found Error\",\"detail\":\"no stub for "
            + uri.getPath()
            + "\",\"type\":\"about:blank\",\"status\":404}");
  }

  private synchronized Reply lookup(String usernames) {
    StringBuilder data = new StringBuilder();
    StringBuilder errors = new StringBuilder();
    for (String name : usernames.split(",")) {
      String known = users.get(name.toLowerCase(java.util.Locale.ROOT));
      if (known != null) {
        String[] parts = known.split("/");
        data.append(data.isEmpty() ? "" : ",")
            .append("{\"id\":\"")
            .append(parts[1])
            .append("\",\"name\":\"")
            .append(parts[0])
            .append("\",\"username\":\"")
            .append(parts[0])
            .append("\"}");
      } else {
        errors
            .append(errors.isEmpty() ? "" : ",")
            .append("{\"value\":\"")
            .append(name)
            .append("\",\"detail\":\"Could not find user with usernames: [")
            .append(name)
            .append("].\",\"title\":\"Not Found Error\",\"resource_type\":\"user\",")
            .append("\"parameter\":\"usernames\",\"resource_id\":\"")
            .append(name)
            .append("\",\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}");
      }
    }
    String body =
        "{"
            + (data.isEmpty() ? "" : "\"data\":[" + data + "]")
            + (!data.isEmpty() && !errors.isEmpty() ? "," : "")
            + (errors.isEmpty() ? "" : "\"errors\":[" + errors + "]")
            + "}";
    return Reply.ok(body);
  }

  /** The decoded query parameters of a request. */
  static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        int eq = pair.indexOf('=');
        params.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
