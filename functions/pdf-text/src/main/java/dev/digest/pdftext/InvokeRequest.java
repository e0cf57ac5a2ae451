package dev.digest.pdftext;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes a direct invoke may take; anything else is refused with the shapes it could have had.
 */
sealed interface InvokeRequest {
  /** What every refusal tells the caller. */
  String SHAPES =
      "expected {\"bucket\":\"...\",\"key\":\"...\"} (optionally with \"async\":true) or"
          + " {\"pdfBase64\":\"...\"}";

  /**
   * An upload to extract.
   *
   * @param bucket the upload bucket
   * @param key the object key, not URL-encoded
   * @param async whether to queue the work and return at once
   */
  record FromS3(String bucket, String key, boolean async) implements InvokeRequest {}

  /**
   * A document sent in the request.
   *
   * @param pdfBase64 the PDF, base64-encoded
   */
  record Inline(String pdfBase64) implements InvokeRequest {}

  /**
   * The most characters of the caller's input an error message quotes, so an error response stays
   * small whatever was sent.
   */
  int MAX_ECHO = 200;

  /** S3's limits on a bucket name (characters) and a key (UTF-8 bytes). */
  int MAX_BUCKET = 63;

  /** See {@link #MAX_BUCKET}. */
  int MAX_KEY_BYTES = OutputKeys.MAX_KEY_BYTES;

  /** Reads a request, naming what is wrong with it. */
  static InvokeRequest parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw invalid("The request is not a JSON object; " + SHAPES);
    }
    if (root.has("pdfBase64")) {
      if (root.has("bucket") || root.has("key")) {
        throw invalid("The request has both pdfBase64 and bucket/key; " + SHAPES);
      }
      JsonNode pdf = root.get("pdfBase64");
      if (!pdf.isTextual()) {
        throw invalid("pdfBase64 must be a string");
      }
      return new Inline(pdf.asText());
    }
    if (root.has("bucket") || root.has("key")) {
      String bucket = text(root, "bucket");
      String key = text(root, "key");
      if (bucket.length() > MAX_BUCKET) {
        throw invalid("bucket is longer than S3's " + MAX_BUCKET + " characters: " + echo(bucket));
      }
      int keyBytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (keyBytes > MAX_KEY_BYTES) {
        throw invalid(
            "key is " + keyBytes + " bytes, longer than S3's " + MAX_KEY_BYTES + ": " + echo(key));
      }
      JsonNode async = root.path("async");
      if (!async.isMissingNode() && !async.isBoolean()) {
        throw invalid("async must be true or false, got " + echo(async.toString()));
      }
      return new FromS3(bucket, key, async.asBoolean(false));
    }
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    throw invalid(
        "The request has none of the fields it needs (got "
            + echo(fields.toString())
            + "); "
            + SHAPES);
  }

  /**
   * A value from the caller, for an error message: at most {@link #MAX_ECHO} characters, and when
   * cut, how long it was.
   */
  static String echo(String value) {
    if (value == null || value.length() <= MAX_ECHO) {
      return value;
    }
    return value.substring(0, MAX_ECHO) + "… (" + value.length() + " characters)";
  }

  private static String text(JsonNode root, String field) {
    JsonNode value = root.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw invalid("The request needs a non-empty string " + field + "; " + SHAPES);
    }
    return value.asText();
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException("invalid-request", message);
  }
}
