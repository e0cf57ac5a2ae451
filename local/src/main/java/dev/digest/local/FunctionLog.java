package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One function's log stream, as CloudWatch would hold it: every line goes to a file (and, for a
 * single invoke, to stderr), and the JSON lines are kept so a run can report each file's outcome.
 */
final class FunctionLog implements AutoCloseable {
  private final BufferedWriter file;
  private final PrintStream echo;
  private final List<JsonNode> json = new ArrayList<>();

  private FunctionLog(BufferedWriter file, PrintStream echo) {
    this.file = file;
    this.echo = echo;
  }

  /**
   * A log written to a file, replacing any earlier one.
   *
   * @param path the file, such as {@code out/logs/ThumbnailFunction.log}
   * @param echo where lines are also printed, or null
   */
  static FunctionLog toFile(Path path, PrintStream echo) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new FunctionLog(Files.newBufferedWriter(path, StandardCharsets.UTF_8), echo);
    } catch (IOException e) {
      throw new LocalException("Cannot write the function log " + path + ": " + e.getMessage(), e);
    }
  }

  /** A log that is only printed, and kept in memory. */
  static FunctionLog printed(PrintStream echo) {
    return new FunctionLog(null, echo);
  }

  /** Records one line the function (or the platform, for START/END/REPORT) wrote. */
  synchronized void append(String line) {
    if (file != null) {
      try {
        file.write(line);
        file.newLine();
        file.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (echo != null) {
      echo.println(line);
    }
    String trimmed = line.strip();
    if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
      try {
        JsonNode node = Json.parse(trimmed);
        if (node.isObject()) {
          json.add(node);
        }
      } catch (IllegalArgumentException e) {
        // Not every line that looks like JSON is; it stays in the file as text.
      }
    }
  }

  /** The JSON lines so far, oldest first. */
  synchronized List<JsonNode> jsonLines() {
    return List.copyOf(json);
  }

  @Override
  public synchronized void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
