package dev.digest.shared.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the body of a queued S3 event into object references, whichever way S3 delivered it:
 * through EventBridge ("Object Created") or as a classic notification ({@code Records}).
 */
public final class S3Events {
  private S3Events() {}

  /**
   * Parses a message body. A test event or a non-create record yields nothing; anything that is not
   * an S3 event is rejected with the reason.
   */
  public static List<S3ObjectRef> parse(String body) {
    JsonNode root;
    try {
      root = Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Message is not an S3 event: " + e.getMessage(), e);
    }
    if (root.has("detail-type")) {
      return fromEventBridge(root);
    }
    if (root.has("Records")) {
      return fromNotification(root.get("Records"));
    }
    if ("s3:TestEvent".equals(root.path("Event").asText())) {
      return List.of();
    }
    throw new IllegalArgumentException(
        "Message is not an S3 event: neither an EventBridge event nor S3 notification records");
  }

  /** Decodes a key as S3 encodes it in events: form encoding, so '+' is a space. */
  public static String decodeKey(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  private static List<S3ObjectRef> fromEventBridge(JsonNode event) {
    if (!"Object Created".equals(event.path("detail-type").asText())) {
      return List.of();
    }
    JsonNode detail = event.path("detail");
    return List.of(
        ref(
            detail.path("bucket").path("name"),
            detail.path("object").path("key"),
            detail.path("object").path("size"),
            detail.path("object").path("etag")));
  }

  private static List<S3ObjectRef> fromNotification(JsonNode records) {
    List<S3ObjectRef> refs = new ArrayList<>();
    for (JsonNode record : records) {
      if (!record.path("eventName").asText().startsWith("ObjectCreated:")) {
        continue;
      }
      JsonNode s3 = record.path("s3");
      refs.add(
          ref(
              s3.path("bucket").path("name"),
              s3.path("object").path("key"),
              s3.path("object").path("size"),
              s3.path("object").path("eTag")));
    }
    return refs;
  }

  private static S3ObjectRef ref(JsonNode bucket, JsonNode key, JsonNode size, JsonNode eTag) {
    if (!bucket.isTextual() || bucket.asText().isEmpty()) {
      throw new IllegalArgumentException("S3 event has no bucket name");
    }
    if (!key.isTextual() || key.asText().isEmpty()) {
      throw new IllegalArgumentException("S3 event has no object key");
    }
    return new S3ObjectRef(
        bucket.asText(),
        decodeKey(key.asText()),
        size.canConvertToLong() ? size.asLong() : -1,
        eTag.isTextual() ? eTag.asText() : null);
  }
}
