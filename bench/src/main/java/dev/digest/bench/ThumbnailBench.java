package dev.digest.bench;

import dev.digest.shared.batch.BadInputException;
import dev.digest.thumbnail.image.OutputFormat;
import dev.digest.thumbnail.image.RenderSettings;
import dev.digest.thumbnail.image.Rendition;
import dev.digest.thumbnail.image.SizeSpec;
import dev.digest.thumbnail.image.Thumbnailer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders every image in a folder through the function's own {@link Thumbnailer}, one image at a
 * time as one Lambda instance does, and prints images per second for each pass.
 *
 * <p>Usage: {@code ThumbnailBench INPUT_DIR OUTPUT_DIR PASSES}. Output is one line per pass, {@code
 * pass <n> <images> <seconds>}, so the caller can take the median next to other tools.
 */
public final class ThumbnailBench {
  private static final String SIZES = "small=150x150:crop,medium=500x500:fit,large=1200x1200:fit";

  private ThumbnailBench() {}

  /** Runs the passes. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ThumbnailBench INPUT_DIR OUTPUT_DIR PASSES");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);
    int passes = Integer.parseInt(args[2]);
    List<Path> images = images(input);
    Thumbnailer thumbnailer =
        new Thumbnailer(
            new RenderSettings(SizeSpec.parseList(SIZES), OutputFormat.JPEG, 85, 100_000_000L));
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      for (Path image : images) {
        render(thumbnailer, image, output);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d %d %.4f%n", pass, images.size(), seconds);
    }
  }

  private static void render(Thumbnailer thumbnailer, Path image, Path output) throws IOException {
    List<Rendition> renditions;
    try {
      renditions = thumbnailer.render(Files.readAllBytes(image));
    } catch (BadInputException e) {
      System.err.println("skipped " + image + ": " + e.getMessage());
      return;
    }
    String stem = String.valueOf(image.getFileName()).replaceFirst("\\.[^.]+$", "");
    for (Rendition r : renditions) {
      Path dir = output.resolve(r.size().name());
      Files.createDirectories(dir);
      Files.write(dir.resolve(stem + "." + r.format().extension()), r.bytes());
    }
  }

  private static List<Path> images(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> images = new ArrayList<>();
      files
          .filter(Files::isRegularFile)
          .filter(
              p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
          .sorted()
          .forEach(images::add);
      if (images.isEmpty()) {
        throw new IllegalArgumentException(
            "No .jpg or .png files in " + dir + ": " + Arrays.toString(dir.toFile().list()));
      }
      return images;
    }
  }
}
