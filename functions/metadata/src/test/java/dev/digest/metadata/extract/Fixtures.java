package dev.digest.metadata.extract;

import dev.digest.shared.media.FileType;
import dev.digest.shared.media.FileTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads the test fixtures the way the function reads uploads: type from content. */
final class Fixtures {
  /** Real camera files; see camera/README.md for where each comes from. */
  static final Path CAMERA = Path.of("src/test/resources/camera");

  /** Broken and hostile files; {@link BadFixtures} writes them. */
  static final Path BAD = Path.of("src/test/resources/bad");

  static final MetadataExtractor EXTRACTOR = new MetadataExtractor(Limits.DEFAULTS);

  private Fixtures() {}

  /** Every camera fixture, sorted by name. */
  static List<Path> cameraFiles() {
    try (Stream<Path> files = Files.list(CAMERA)) {
      return files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type detected from the first bytes, as the handler detects it. */
  static FileType typeOf(byte[] bytes) {
    return FileTypes.detect(Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_BYTES)));
  }

  /** Extracts a camera fixture by name. */
  static Extracted camera(String name) {
    return extract(bytes(CAMERA.resolve(name)));
  }

  /** Extracts a bad fixture by name. */
  static Extracted bad(String name) {
    return extract(bytes(BAD.resolve(name)));
  }

  /** Extracts bytes whose type is detected from their content. */
  static Extracted extract(byte[] bytes) {
    return extract(bytes, typeOf(bytes));
  }

  static Extracted extract(byte[] bytes, FileType type) {
    return extract(new ByteArrayInputStream(bytes), type);
  }

  static Extracted extract(InputStream in, FileType type) {
    return EXTRACTOR.extract(in, type);
  }
}
