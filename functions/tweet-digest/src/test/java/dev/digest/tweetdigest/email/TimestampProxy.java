package dev.digest.tweetdigest.email;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pass-through proxy to the SES emulator that rewrites ISO timestamps in JSON answers to epoch
 * seconds: moto answers GetContactList and ListContacts with ISO strings the SDK cannot read.
 */
final class TimestampProxy implements AutoCloseable {
  private static final Pattern ISO =
      Pattern.compile(
          "(\"[A-Za-z]*Timestamp\"\\s*:\\s*)\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)"
              + "(Z|[+-]\\d{2}:?\\d{2})?\"");
  private static final Set<String> SKIPPED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String target;

  TimestampProxy(String target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .method(
                  exchange.getRequestMethod(),
                  HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()));
      for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
        if (!SKIPPED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
          h.getValue().forEach(v -> request.header(h.getKey(), v));
        }
      }
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] body = rewrite(response.body()).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static String rewrite(String json) {
    Matcher m = ISO.matcher(json);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Instant instant =
          m.group(3) == null
              ? LocalDateTime.parse(m.group(2)).toInstant(ZoneOffset.UTC)
              : Instant.parse(m.group(2) + normalise(m.group(3)));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + instant.getEpochSecond()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String normalise(String zone) {
    return zone.equals("Z") || zone.contains(":")
        ? zone
        : zone.substring(0, 3) + ":" + zone.substring(3);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
