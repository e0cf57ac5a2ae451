package dev.digest.thumbnail.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 24-megapixel JPEG must thumbnail in a heap far smaller than a 1024 MB function gives, which
 * only works if the decoder subsamples instead of decoding 24 million pixels; and one thumbnailer
 * must be safe to share between threads.
 */
class ThumbnailerMemoryTest {
  /** Subsampled, the JPEG needs under 100 MB; a full-resolution decode fails even at 192 MB. */
  private static final String SMALL_HEAP = "-Xmx128m";

  private static byte[] large;

  @BeforeAll
  static void createLargeJpeg() {
    BufferedImage image = new BufferedImage(6000, 4000, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new GradientPaint(0, 0, new Color(20, 40, 110), 6000, 4000, new Color(250, 190, 45)));
    g.fillRect(0, 0, 6000, 4000);
    g.setColor(new Color(200, 30, 30));
    g.fillOval(2000, 1000, 2000, 2000);
    g.dispose();
    large = TestImages.encode(image, "jpeg");
  }

  @Test
  void decode_24MegapixelJpeg_isSubsampledToTwiceTheLargestBox() {
    ImageDecoder.Decoded decoded = TestImages.jpegThumbnailer().decode(large);

    assertThat(decoded.width()).isEqualTo(6000);
    assertThat(decoded.height()).isEqualTo(4000);
    assertThat(decoded.pixels().getWidth()).isEqualTo(3000);
    assertThat(decoded.pixels().getHeight()).isEqualTo(2000);
  }

  @Test
  void render_24MegapixelJpegInSmallHeap_succeeds(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path file = dir.resolve("24mp.jpg");
    Files.write(file, large);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                SMALL_HEAP,
                "-cp",
                ManagementFactory.getRuntimeMXBean().getClassPath(),
                RenderLargeJpegMain.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("small=150x150", "medium=500x333", "large=1200x800");
  }

  @Test
  void render_sharedBetweenThreads_givesTheSameBytesAsAlone() throws Exception {
    Thumbnailer shared = TestImages.jpegThumbnailer();
    List<String> names =
        List.of("photo-400x300.jpg", "orientation-6.jpg", "cmyk.jpg", "alpha.png", "lossy.webp");
    List<byte[]> expected = new ArrayList<>();
    for (String name : names) {
      expected.add(shared.render(TestImages.fixture(name)).get(1).bytes());
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String name : names) {
          byte[] source = TestImages.fixture(name);
          results.add(pool.submit(() -> shared.render(source).get(1).bytes()));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS))
            .as(names.get(i % names.size()))
            .isEqualTo(expected.get(i % names.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
