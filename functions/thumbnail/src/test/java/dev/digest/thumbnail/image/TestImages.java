package dev.digest.thumbnail.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Fixtures and pixel checks shared by the rendering tests. */
final class TestImages {
  static final SizeSpec SMALL = new SizeSpec("small", 150, 150, FitMode.CROP);
  static final SizeSpec MEDIUM = new SizeSpec("medium", 500, 500, FitMode.FIT);
  static final SizeSpec LARGE = new SizeSpec("large", 1200, 1200, FitMode.FIT);

  static final int[] RED = {0xE0, 0x20, 0x20};
  static final int[] GREEN = {0x20, 0xC0, 0x40};
  static final int[] BLUE = {0x28, 0x50, 0xC8};

  static {
    ImageIO.scanForPlugins();
  }

  private TestImages() {}

  /** The production defaults: small crop, medium and large fit, JPEG at 85. */
  static RenderSettings defaults(OutputFormat format) {
    return new RenderSettings(List.of(SMALL, MEDIUM, LARGE), format, 85, 100_000_000L);
  }

  /** A thumbnailer with the production defaults and JPEG output. */
  static Thumbnailer jpegThumbnailer() {
    return new Thumbnailer(defaults(OutputFormat.JPEG));
  }

  /** The bytes of {@code src/test/resources/images/<name>}. */
  static byte[] fixture(String name) {
    try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
      assertThat(in).as("fixture %s (run scripts/make-samples)", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes an encoded rendition back through ImageIO. */
  static BufferedImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(image).as("ImageIO can decode the output").isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rendition for the named size. */
  static Rendition named(List<Rendition> renditions, String name) {
    return renditions.stream()
        .filter(r -> r.size().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rendition named " + name));
  }

  /**
   * The average red, green, blue and alpha over a region given as fractions of the image, so the
   * same check works at every size.
   */
  static int[] average(BufferedImage image, double x0, double y0, double x1, double y1) {
    int left = (int) Math.floor(x0 * image.getWidth());
    int top = (int) Math.floor(y0 * image.getHeight());
    int right = Math.max(left + 1, (int) Math.ceil(x1 * image.getWidth()));
    int bottom = Math.max(top + 1, (int) Math.ceil(y1 * image.getHeight()));
    long r = 0;
    long g = 0;
    long b = 0;
    long a = 0;
    long n = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = left; x < right; x++) {
        int argb = image.getRGB(x, y);
        a += argb >>> 24;
        r += (argb >> 16) & 0xFF;
        g += (argb >> 8) & 0xFF;
        b += argb & 0xFF;
        n++;
      }
    }
    return new int[] {(int) (r / n), (int) (g / n), (int) (b / n), (int) (a / n)};
  }

  /** Asserts each of red, green and blue is within {@code tolerance} of the expected colour. */
  static void assertColour(int[] actual, int[] expected, int tolerance, String where) {
    for (int c = 0; c < 3; c++) {
      assertThat(Math.abs(actual[c] - expected[c]))
          .as(
              "%s: got rgb(%d,%d,%d), expected about rgb(%d,%d,%d)",
              where, actual[0], actual[1], actual[2], expected[0], expected[1], expected[2])
          .isLessThanOrEqualTo(tolerance);
    }
  }

  /** A picture with three vertical bands (red, green, blue) so crops and fits are visible. */
  static BufferedImage bands(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(RED[0], RED[1], RED[2]));
    g.fillRect(0, 0, width / 3, height);
    g.setColor(new Color(GREEN[0], GREEN[1], GREEN[2]));
    g.fillRect(width / 3, 0, width - 2 * (width / 3), height);
    g.setColor(new Color(BLUE[0], BLUE[1], BLUE[2]));
    g.fillRect(width - width / 3, 0, width / 3, height);
    g.dispose();
    return image;
  }

  /** Encodes an image in-memory with ImageIO. */
  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertThat(ImageIO.write(image, format, out)).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
