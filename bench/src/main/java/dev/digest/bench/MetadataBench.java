package dev.digest.bench;

import dev.digest.metadata.extract.Extracted;
import dev.digest.metadata.extract.Limits;
import dev.digest.metadata.extract.MetadataExtractor;
import dev.digest.shared.json.Json;
import dev.digest.shared.media.FileTypes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Extracts the metadata of every file in a folder through the function's own {@link
 * MetadataExtractor}, as the function does (type detection, then one streaming read), and prints
 * {@code pass <n> <files> <seconds>} per pass.
 *
 * <p>Usage: {@code MetadataBench INPUT_DIR PASSES}.
 */
public final class MetadataBench {
  private MetadataBench() {}

  /** Runs the passes. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MetadataBench INPUT_DIR PASSES");
      System.exit(2);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    int passes = Integer.parseInt(args[1]);
    MetadataExtractor extractor = new MetadataExtractor(Limits.DEFAULTS);
    long checksum = 0;
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      for (Path file : files) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
          in.mark(FileTypes.HEAD_BYTES);
          byte[] head = in.readNBytes(FileTypes.HEAD_BYTES);
          in.reset();
          Extracted extracted = extractor.extract(in, FileTypes.detect(head));
          checksum += Json.write(extracted).length();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d %d %.4f%n", pass, files.size(), seconds);
    }
    System.err.println("bytes of JSON per pass: " + checksum / passes);
  }
}
