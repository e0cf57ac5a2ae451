package dev.digest.local;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.shaded.org.eclipse.jetty.io.Content;
import org.gaul.shaded.org.eclipse.jetty.server.Handler;
import org.gaul.shaded.org.eclipse.jetty.server.Request;
import org.gaul.shaded.org.eclipse.jetty.server.Response;
import org.gaul.shaded.org.eclipse.jetty.server.Server;
import org.gaul.shaded.org.eclipse.jetty.util.Callback;

/**
 * Object tagging ({@code ?tagging} on an object: PUT, GET, DELETE) for the S3 emulator, which
 * answers those requests with 501. Tags live in memory beside the objects; the tag set is stored
 * and returned as the {@code Tagging} XML the SDK sends.
 */
final class ObjectTagging extends Handler.Wrapper {
  private static final String EMPTY =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet/></Tagging>";

  private final Map<String, String> tags = new ConcurrentHashMap<>();

  private ObjectTagging(Handler s3) {
    super(s3);
  }

  /** Puts tagging in front of a built, not yet started, s3proxy. */
  static void install(S3Proxy s3proxy) {
    try {
      Field field = S3Proxy.class.getDeclaredField("server");
      field.setAccessible(true);
      Server server = (Server) field.get(s3proxy);
      server.setHandler(new ObjectTagging(server.getHandler()));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new LocalException("Cannot add object tagging to the S3 emulator: " + e, e);
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String query = request.getHttpURI().getQuery();
    String path = request.getHttpURI().getDecodedPath();
    if (query == null || !isTagging(query) || path.indexOf('/', 1) < 0) {
      return super.handle(request, response, callback);
    }
    switch (request.getMethod()) {
      case "PUT" -> {
        tags.put(path, Content.Source.asString(request, StandardCharsets.UTF_8));
        response.setStatus(200);
        callback.succeeded();
      }
      case "GET" -> {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", "application/xml");
        Content.Sink.write(response, true, tags.getOrDefault(path, EMPTY), callback);
      }
      case "DELETE" -> {
        tags.remove(path);
        response.setStatus(204);
        callback.succeeded();
      }
      default -> {
        return super.handle(request, response, callback);
      }
    }
    return true;
  }

  private static boolean isTagging(String query) {
    for (String parameter : query.split("&")) {
      if (parameter.equals("tagging") || parameter.startsWith("tagging=")) {
        return true;
      }
    }
    return false;
  }
}
