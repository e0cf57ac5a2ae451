package dev.digest.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code labels.json}: {@code {"0": "negative", "1": "positive"}}, logit index to label. */
final class Labels {

  private Labels() {}

  static List<String> read(Path file, ObjectMapper json, int expected) throws IOException {
    JsonNode node = json.readTree(Files.readString(file));
    if (!node.isObject() || node.size() != expected) {
      throw new IOException(file + ": expected an object with " + expected + " labels");
    }
    List<String> labels = new ArrayList<>(expected);
    for (int i = 0; i < expected; i++) {
      JsonNode label = node.get(Integer.toString(i));
      if (label == null || !label.isTextual() || label.asText().isBlank()) {
        throw new IOException(file + ": no label for index " + i);
      }
      labels.add(label.asText());
    }
    return List.copyOf(labels);
  }
}
