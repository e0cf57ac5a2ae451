package dev.digest.sentiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.util.Map;

/**
 * Answers an API Gateway proxy event in the proxy format ({@code statusCode}, {@code headers},
 * {@code body}), because API Gateway turns any other answer into a 502.
 */
final class ProxyReply {
  private ProxyReply() {}

  /** True for a JSON object with a {@code body} and no {@code texts}: what the parser unwraps. */
  static boolean isProxyEvent(byte[] payload) {
    try {
      JsonNode root = Json.mapper().readTree(payload);
      return root != null && root.isObject() && root.has("body") && !root.has("texts");
    } catch (IOException e) {
      return false;
    }
  }

  /** The response as a proxy answer: 200 with the results, 400 with a whole-request error. */
  static byte[] wrap(SentimentResponse response) throws JsonProcessingException {
    int status = response.error() == null ? 200 : 400;
    return Json.mapper()
        .writeValueAsBytes(
            Map.of(
                "statusCode",
                status,
                "headers",
                Map.of("content-type", "application/json"),
                "body",
                Json.mapper().writeValueAsString(response)));
  }
}
