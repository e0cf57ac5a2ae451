package dev.digest.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample events under the repository's {@code events/}, the same files SAM uses. */
public final class Events {
  private Events() {}

  /** The absolute path of {@code events/<name>}, for {@code EventLoader}. */
  public static String path(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("events").resolve(name);
      if (Files.exists(candidate)) {
        return candidate.toString();
      }
      dir = dir.getParent();
    }
    throw new IllegalArgumentException(
        "No events/" + name + " above " + Path.of("").toAbsolutePath());
  }

  /** The text of {@code events/<name>}. */
  public static String read(String name) {
    try {
      return Files.readString(Path.of(path(name)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
