package dev.digest.shared.sentiment.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.digest.shared.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits texts, in order, into invoke requests {@code {"texts":[...]}} of at most {@code maxTexts}
 * texts and {@code maxBytes} bytes, measured on the exact JSON that is sent, so no request is
 * refused for its size.
 */
final class Batches {
  private static final byte[] HEAD = "{\"texts\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = "]}".getBytes(StandardCharsets.US_ASCII);
  private static final int FRAME = HEAD.length + TAIL.length;

  private Batches() {}

  /**
   * One invocation's texts.
   *
   * @param positions each text's index in the caller's list, in order
   * @param request the JSON request body
   */
  record Batch(int[] positions, byte[] request) {}

  /**
   * How a list of texts is sent.
   *
   * @param batches the requests, in text order
   * @param oversized indices of texts over the per-text limit, or that do not fit in a request even
   *     alone
   */
  record Plan(List<Batch> batches, List<Integer> oversized) {}

  static Plan plan(List<String> texts, int maxTexts, int maxBytes) {
    return plan(texts, maxTexts, maxBytes, Integer.MAX_VALUE);
  }

  /**
   * As {@link #plan(List, int, int)}, and texts over {@code maxTextBytes} of UTF-8 are left out.
   */
  static Plan plan(List<String> texts, int maxTexts, int maxBytes, int maxTextBytes) {
    List<Batch> batches = new ArrayList<>();
    List<Integer> oversized = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<byte[]> encoded = new ArrayList<>();
    long size = FRAME;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      // JSON takes at least one byte per char plus two quotes: skip encoding what cannot fit.
      if (FRAME + (long) text.length() + 2 > maxBytes
          || text.length() > maxTextBytes
          || text.getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
        oversized.add(i);
        continue;
      }
      byte[] json = encode(text);
      if (FRAME + json.length > maxBytes) {
        oversized.add(i);
        continue;
      }
      if (!encoded.isEmpty() && (encoded.size() == maxTexts || size + 1 + json.length > maxBytes)) {
        batches.add(batch(positions, encoded));
        positions.clear();
        encoded.clear();
        size = FRAME;
      }
      size += (encoded.isEmpty() ? 0 : 1) + json.length;
      positions.add(i);
      encoded.add(json);
    }
    if (!encoded.isEmpty()) {
      batches.add(batch(positions, encoded));
    }
    return new Plan(List.copyOf(batches), List.copyOf(oversized));
  }

  private static Batch batch(List<Integer> positions, List<byte[]> encoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEAD);
    for (int i = 0; i < encoded.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(encoded.get(i));
    }
    out.writeBytes(TAIL);
    return new Batch(positions.stream().mapToInt(Integer::intValue).toArray(), out.toByteArray());
  }

  private static byte[] encode(String text) {
    try {
      return Json.mapper().writeValueAsBytes(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
