package dev.digest.thumbnail.image;

import static dev.digest.thumbnail.image.TestImages.assertColour;
import static dev.digest.thumbnail.image.TestImages.average;
import static dev.digest.thumbnail.image.TestImages.decode;
import static dev.digest.thumbnail.image.TestImages.fixture;
import static dev.digest.thumbnail.image.TestImages.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every supported input format decodes to plausible sRGB pixels, and both outputs decode back. */
class ThumbnailerFormatsTest {
  private static final Thumbnailer JPEG = TestImages.jpegThumbnailer();
  private static final Thumbnailer WEBP = new Thumbnailer(TestImages.defaults(OutputFormat.WEBP));

  /** The quadrants fixture: red, green / blue, grey. */
  private static final int[][] QUADRANTS = {
    {0xC0, 0x30, 0x30}, {0x30, 0xA0, 0x40}, {0x30, 0x50, 0xC0}, {0x80, 0x80, 0x80}
  };

  @Test
  void decode_jpeg_usesTwelveMonkeysReader() {
    ImageDecoder.Decoded decoded = JPEG.decode(fixture("photo-400x300.jpg"));

    assertThat(decoded.reader()).startsWith("com.twelvemonkeys.imageio.plugins.jpeg.");
    assertThat(ImageDecoder.readersFor(fixture("cmyk.jpg")).get(0).getClass().getName())
        .startsWith("com.twelvemonkeys.imageio.plugins.jpeg.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "quadrants.png",
        "cmyk.jpg",
        "ycck.jpg",
        "quadrants-lzw.tif",
        "quadrants.bmp",
        "lossless.webp"
      })
  void render_quadrantsInAnyFormat_keepsColoursInSrgb(String name) {
    BufferedImage image = decode(named(JPEG.render(fixture(name)), "medium").bytes());

    assertThat(image.getWidth()).isEqualTo(200);
    assertThat(image.getHeight()).isEqualTo(200);
    // The CMYK fixtures carry no profile and were made with the same plain conversion browsers
    // use to show such files, so they must come back to the RGB colours; a missed Adobe
    // inversion or YCCK transform would be off by over 100.
    int tolerance = name.endsWith(".jpg") ? 16 : 12;
    assertColour(average(image, 0.1, 0.1, 0.4, 0.4), QUADRANTS[0], tolerance, name + " top-left");
    assertColour(average(image, 0.6, 0.1, 0.9, 0.4), QUADRANTS[1], tolerance, name + " top-right");
    assertColour(
        average(image, 0.1, 0.6, 0.4, 0.9), QUADRANTS[2], tolerance, name + " bottom-left");
    assertColour(
        average(image, 0.6, 0.6, 0.9, 0.9), QUADRANTS[3], tolerance, name + " bottom-right");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"progressive.jpg", "lossy.webp"})
  void render_photoInOtherEncodings_matchesBaselineJpeg(String name) {
    BufferedImage baseline =
        decode(named(JPEG.render(fixture("photo-400x300.jpg")), "medium").bytes());

    Rendition medium = named(JPEG.render(fixture(name)), "medium");
    BufferedImage image = decode(medium.bytes());

    assertThat(medium.width()).isEqualTo(400);
    assertThat(medium.height()).isEqualTo(300);
    for (double y = 0; y < 1; y += 0.25) {
      for (double x = 0; x < 1; x += 0.25) {
        assertColour(
            average(image, x, y, x + 0.25, y + 0.25),
            average(baseline, x, y, x + 0.25, y + 0.25),
            10,
            name + " at " + x + "," + y);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alpha.png", "alpha.webp"})
  void render_alphaToJpeg_flattensTransparentPixelsOntoWhite(String name) {
    BufferedImage image = decode(named(JPEG.render(fixture(name)), "medium").bytes());

    assertThat(image.getColorModel().hasAlpha()).isFalse();
    assertColour(average(image, 0.05, 0.1, 0.45, 0.9), new int[] {255, 255, 255}, 6, "left");
    assertColour(average(image, 0.55, 0.1, 0.95, 0.9), new int[] {0x20, 0x40, 0xD0}, 12, "right");
  }

  @Test
  void render_alphaToWebp_keepsTransparency() {
    Rendition medium = named(WEBP.render(fixture("alpha.png")), "medium");
    BufferedImage image = decode(medium.bytes());

    assertThat(medium.format()).isEqualTo(OutputFormat.WEBP);
    assertThat(image.getColorModel().hasAlpha()).isTrue();
    assertThat(average(image, 0.05, 0.1, 0.45, 0.9)[3]).as("left alpha").isLessThan(5);
    int[] right = average(image, 0.55, 0.1, 0.95, 0.9);
    assertThat(right[3]).as("right alpha").isGreaterThan(250);
    assertColour(right, new int[] {0x20, 0x40, 0xD0}, 12, "right");
  }

  @Test
  void render_webpOutput_decodesBackWithRecordedSizes() {
    List<Rendition> out = WEBP.render(fixture("photo-400x300.jpg"));

    assertThat(out).extracting(Rendition::format).containsOnly(OutputFormat.WEBP);
    for (Rendition r : out) {
      assertThat(new String(r.bytes(), 8, 4, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("WEBP");
      BufferedImage image = decode(r.bytes());
      assertThat(image.getWidth()).isEqualTo(r.width());
      assertThat(image.getHeight()).isEqualTo(r.height());
    }
  }

  @Test
  void render_jpegOutput_isBaselineRgbWithoutAlpha() {
    for (Rendition r : JPEG.render(fixture("alpha.png"))) {
      byte[] bytes = r.bytes();
      assertThat(indexOfMarker(bytes, 0xC0)).as("SOF0 (baseline) marker").isPositive();
      assertThat(indexOfMarker(bytes, 0xC2)).as("SOF2 (progressive) marker").isNegative();
      BufferedImage image = decode(bytes);
      assertThat(image.getColorModel().getNumComponents()).isEqualTo(3);
      assertThat(image.getWidth()).isEqualTo(r.width());
      assertThat(image.getHeight()).isEqualTo(r.height());
    }
  }

  @Test
  void render_higherQuality_writesLargerFiles() {
    byte[] photo = fixture("photo-400x300.jpg");
    Thumbnailer low =
        new Thumbnailer(
            new RenderSettings(List.of(TestImages.MEDIUM), OutputFormat.JPEG, 30, 1L << 30));
    Thumbnailer high =
        new Thumbnailer(
            new RenderSettings(List.of(TestImages.MEDIUM), OutputFormat.JPEG, 95, 1L << 30));

    assertThat(high.render(photo).get(0).bytes().length)
        .isGreaterThan(low.render(photo).get(0).bytes().length * 2);
  }

  @Test
  void render_sixteenBitPng_isConvertedToEightBitSrgb() {
    Rendition medium = named(JPEG.render(fixture("rgb16.png")), "medium");
    BufferedImage image = decode(medium.bytes());

    assertThat(medium.width()).isEqualTo(300);
    assertThat(medium.height()).isEqualTo(200);
    assertColour(average(image, 0.1, 0, 0.9, 0.04), new int[] {250, 0, 5}, 12, "top");
    assertColour(average(image, 0.1, 0.96, 0.9, 1), new int[] {5, 0, 250}, 12, "bottom");
  }

  @Test
  void render_animatedGif_usesTheFirstFrame() {
    BufferedImage image = decode(named(JPEG.render(fixture("animated.gif")), "medium").bytes());

    assertColour(average(image, 0, 0, 1, 1), new int[] {255, 0, 0}, 8, "whole frame");
  }

  private static int indexOfMarker(byte[] bytes, int marker) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == marker) {
        return i;
      }
    }
    return -1;
  }
}
