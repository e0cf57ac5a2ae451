package dev.digest.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The committed tiny model (scripts/make-tiny-model) and its PyTorch oracle, expected.json. */
final class TinyModel {

  private TinyModel() {}

  static Path dir() {
    URL config = TinyModel.class.getResource("/model/config.json");
    if (config == null) {
      throw new IllegalStateException("test resource model/config.json is missing");
    }
    try {
      return Path.of(config.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the model directory that a test may change. */
  static Path copyTo(Path target) throws IOException {
    try (var files = Files.list(dir())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
    return target;
  }

  static JsonNode expected() {
    try {
      return new ObjectMapper().readTree(Files.readString(dir().resolve("expected.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts() {
    List<String> texts = new ArrayList<>();
    expected().path("texts").forEach(t -> texts.add(t.asText()));
    return texts;
  }

  static long[][] inputIds() {
    JsonNode rows = expected().path("inputIds");
    long[][] ids = new long[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      ids[i] = new long[rows.get(i).size()];
      for (int j = 0; j < ids[i].length; j++) {
        ids[i][j] = rows.get(i).get(j).asLong();
      }
    }
    return ids;
  }

  static float[][] logits() {
    JsonNode rows = expected().path("logits");
    float[][] logits = new float[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      logits[i] = new float[rows.get(i).size()];
      for (int j = 0; j < logits[i].length; j++) {
        logits[i][j] = (float) rows.get(i).get(j).asDouble();
      }
    }
    return logits;
  }
}
