package dev.digest.thumbnail.image;

import static dev.digest.thumbnail.image.TestImages.BLUE;
import static dev.digest.thumbnail.image.TestImages.GREEN;
import static dev.digest.thumbnail.image.TestImages.RED;
import static dev.digest.thumbnail.image.TestImages.assertColour;
import static dev.digest.thumbnail.image.TestImages.average;
import static dev.digest.thumbnail.image.TestImages.bands;
import static dev.digest.thumbnail.image.TestImages.decode;
import static dev.digest.thumbnail.image.TestImages.encode;
import static dev.digest.thumbnail.image.TestImages.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Box sizes, aspect ratios, centre crops and the rule that nothing is ever enlarged. */
class ThumbnailerGeometryTest {
  private static final Thumbnailer THUMBNAILER = TestImages.jpegThumbnailer();

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({
    // source,      small,   medium,  large
    "3000, 2000, 150, 150, 500, 333, 1200, 800",
    "2000, 3000, 150, 150, 333, 500, 800, 1200",
    "1600, 900, 150, 150, 500, 281, 1200, 675",
    "1200, 1200, 150, 150, 500, 500, 1200, 1200",
    "300, 200, 150, 150, 300, 200, 300, 200",
    "100, 80, 80, 80, 100, 80, 100, 80",
    "5000, 10, 10, 10, 500, 1, 1200, 2",
  })
  void render_defaultBoxes_keepAspectAndNeverUpscale(
      int width,
      int height,
      int smallW,
      int smallH,
      int mediumW,
      int mediumH,
      int largeW,
      int largeH) {
    List<Rendition> out = THUMBNAILER.render(encode(bands(width, height), "bmp"));

    assertThat(out).extracting(r -> r.size().name()).containsExactly("small", "medium", "large");
    assertSize(out.get(0), smallW, smallH);
    assertSize(out.get(1), mediumW, mediumH);
    assertSize(out.get(2), largeW, largeH);
  }

  @Test
  void render_tinyJpeg_staysAtItsOwnSize() {
    List<Rendition> out = THUMBNAILER.render(fixture("tiny.jpg"));

    assertSize(out.get(0), 30, 30);
    assertSize(out.get(1), 40, 30);
    assertSize(out.get(2), 40, 30);
  }

  @Test
  void render_wideSourceCrop_takesTheCentre() {
    // Bands of 1000 px: the centred 1000x1000 crop is all green.
    List<Rendition> out = THUMBNAILER.render(encode(bands(3000, 1000), "bmp"));

    BufferedImage small = decode(out.get(0).bytes());
    assertColour(average(small, 0, 0, 0.05, 1), GREEN, 24, "left edge");
    assertColour(average(small, 0.95, 0, 1, 1), GREEN, 24, "right edge");
    BufferedImage medium = decode(out.get(1).bytes());
    assertColour(average(medium, 0, 0, 0.3, 1), RED, 24, "medium left");
    assertColour(average(medium, 0.7, 0, 1, 1), BLUE, 24, "medium right");
  }

  @Test
  void render_nonSquareCropBox_fillsTheBoxExactly() {
    SizeSpec banner = new SizeSpec("banner", 300, 100, FitMode.CROP);
    Thumbnailer thumbnailer =
        new Thumbnailer(new RenderSettings(List.of(banner), OutputFormat.JPEG, 80, 1L << 30));

    List<Rendition> out = thumbnailer.render(encode(bands(1000, 1000), "bmp"));

    assertSize(out.get(0), 300, 100);
    assertThat(out.get(0).size()).isEqualTo(banner);
  }

  @Test
  void subsampling_largeSource_keepsAtLeastTwiceTheLargestBox() {
    assertThat(THUMBNAILER.subsampling(6000, 4000, 1)).isEqualTo(2);
    assertThat(THUMBNAILER.subsampling(4000, 6000, 6)).isEqualTo(2);
    assertThat(THUMBNAILER.subsampling(24000, 16000, 1)).isEqualTo(10);
    assertThat(THUMBNAILER.subsampling(2400, 1600, 1)).isEqualTo(1);
    assertThat(THUMBNAILER.subsampling(100, 80, 1)).isEqualTo(1);
  }

  private static void assertSize(Rendition rendition, int width, int height) {
    assertThat(rendition.width()).as("%s width", rendition.size().name()).isEqualTo(width);
    assertThat(rendition.height()).as("%s height", rendition.size().name()).isEqualTo(height);
    BufferedImage image = decode(rendition.bytes());
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
  }
}
