package dev.digest.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model directory's {@code config.json}: how to feed the model. Written by
 * scripts/lib/sentiment_export.py.
 *
 * @param maxLength tokens per text, special tokens included; longer texts are truncated
 * @param numLabels logits per text, one per entry of {@code labels.json}
 * @param source where the model came from, for logs
 */
public record ModelConfig(int maxLength, int numLabels, String source) {

  /** The only format this loader reads. */
  public static final int FORMAT_VERSION = 1;

  public ModelConfig {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must leave room for two special tokens");
    }
    if (numLabels < 2) {
      throw new IllegalArgumentException("a classifier needs at least two labels");
    }
  }

  static ModelConfig read(Path file, ObjectMapper json) throws IOException {
    JsonNode node = json.readTree(Files.readString(file));
    int format = node.path("formatVersion").asInt(-1);
    if (format != FORMAT_VERSION) {
      throw new IOException(file + ": formatVersion " + format + ", expected " + FORMAT_VERSION);
    }
    try {
      return new ModelConfig(
          node.path("maxLength").asInt(-1),
          node.path("numLabels").asInt(-1),
          node.path("source").asText(""));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
