package dev.digest.sentiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.digest.sentiment.SentimentResponse.Failure;
import dev.digest.shared.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Parses the raw invoke payload: {@code {"texts": ["...", ...]}}, either directly or as the {@code
 * body} string of an API Gateway proxy event (base64 when {@code isBase64Encoded} is true).
 * Whole-request problems throw {@link BadRequestException}; a bad item becomes an {@link
 * Item.Invalid} in its place so the other texts can still be scored.
 */
final class SentimentRequests {

  private static final ObjectReader READER =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final int maxTexts;
  private final int maxTextBytes;

  SentimentRequests(int maxTexts, int maxTextBytes) {
    this.maxTexts = maxTexts;
    this.maxTextBytes = maxTextBytes;
  }

  /** One requested text, in request order: valid, or why not. */
  sealed interface Item {
    /** A text within the limits, still uncleaned. */
    record Text(String text) implements Item {}

    /** An item rejected on its own. */
    record Invalid(Failure error) implements Item {}
  }

  List<Item> parse(byte[] payload) throws BadRequestException {
    JsonNode root = json(utf8(payload, "request"), "request");
    if (!root.has("texts") && root.has("body")) {
      root = json(body(root), "body");
    }
    return items(root);
  }

  private static String body(JsonNode event) throws BadRequestException {
    JsonNode body = event.get("body");
    if (!body.isTextual()) {
      throw new BadRequestException("invalid_body", "'body' must be a string holding JSON");
    }
    if (!event.path("isBase64Encoded").asBoolean(false)) {
      return body.asText();
    }
    try {
      return utf8(Base64.getDecoder().decode(body.asText()), "body");
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("invalid_body", "'body' is marked base64 but is not base64");
    }
  }

  private static String utf8(byte[] bytes, String what) throws BadRequestException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException("invalid_utf8", "the " + what + " is not valid UTF-8");
    }
  }

  private static JsonNode json(String text, String what) throws BadRequestException {
    JsonNode node;
    try {
      node = READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadRequestException(
          "not_json", "the " + what + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new BadRequestException("not_json", "the " + what + " is empty");
    }
    if (!node.isObject()) {
      throw new BadRequestException(
          "not_object", "the " + what + " must be a JSON object like {\"texts\": [\"...\"]}");
    }
    return node;
  }

  private List<Item> items(JsonNode request) throws BadRequestException {
    JsonNode texts = request.get("texts");
    if (texts == null || texts.isNull()) {
      throw new BadRequestException("missing_texts", "the request has no 'texts' field");
    }
    if (!texts.isArray()) {
      throw new BadRequestException("texts_not_array", "'texts' must be an array of strings");
    }
    if (texts.isEmpty()) {
      throw new BadRequestException("empty_texts", "'texts' is empty; send at least one text");
    }
    if (texts.size() > maxTexts) {
      throw new BadRequestException(
          "too_many_texts",
          "'texts' has " + texts.size() + " items; at most " + maxTexts + " per request");
    }
    List<Item> items = new ArrayList<>(texts.size());
    for (JsonNode text : texts) {
      items.add(item(text));
    }
    return items;
  }

  private Item item(JsonNode node) {
    if (!node.isTextual()) {
      return new Item.Invalid(
          new Failure("not_a_string", "the item is " + node.getNodeType() + ", not a string"));
    }
    String text = node.asText();
    long bytes = utf8Length(text, maxTextBytes);
    if (bytes > maxTextBytes) {
      return new Item.Invalid(
          new Failure(
              "text_too_large",
              "the text is over " + maxTextBytes + " bytes of UTF-8; shorten or split it"));
    }
    return new Item.Text(text);
  }

  /**
   * UTF-8 length of {@code text}, counted without encoding it and stopping once past {@code limit},
   * so a huge text costs no more than the limit. A lone surrogate counts 3 bytes.
   */
  static long utf8Length(String text, int limit) {
    if (text.length() > limit) {
      return text.length(); // at least one byte per char: already too long
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= limit; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
