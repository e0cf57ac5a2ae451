package dev.digest.thumbnail.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders one file with the default sizes and prints the sizes; {@link ThumbnailerMemoryTest} runs
 * it in a JVM with a small heap.
 */
final class RenderLargeJpegMain {
  private RenderLargeJpegMain() {}

  /** Renders {@code args[0]} and prints {@code WxH} of each rendition. */
  public static void main(String[] args) throws Exception {
    List<Rendition> out = TestImages.jpegThumbnailer().render(Files.readAllBytes(Path.of(args[0])));
    for (Rendition r : out) {
      System.out.println(r.size().name() + "=" + r.width() + "x" + r.height());
    }
  }
}
