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
      JsonNode async = root.path("async");
      if (!async.isMissingNode() && !async.isBoolean()) {
        throw invalid("async must be true or false, got " + async);
      }
      return new FromS3(bucket, key, async.asBoolean(false));
    }
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    throw invalid("The request has none of the fields it needs (got " + fields + "); " + SHAPES);
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
