package dev.digest.thumbnail.image;

import static dev.digest.thumbnail.image.TestImages.BLUE;
import static dev.digest.thumbnail.image.TestImages.GREEN;
import static dev.digest.thumbnail.image.TestImages.RED;
import static dev.digest.thumbnail.image.TestImages.assertColour;
import static dev.digest.thumbnail.image.TestImages.average;
import static dev.digest.thumbnail.image.TestImages.decode;
import static dev.digest.thumbnail.image.TestImages.fixture;
import static dev.digest.thumbnail.image.TestImages.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every EXIF orientation must come out upright: the fixtures store one 240x160 scene (red block
 * top-left, green bottom-right, blue elsewhere) turned or mirrored so that orientation N restores
 * it.
 */
class ThumbnailerOrientationTest {
  private static final Thumbnailer THUMBNAILER = TestImages.jpegThumbnailer();

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void render_exifOrientation_outputIsUprightLandscape(int orientation) {
    byte[] source = fixture("orientation-" + orientation + ".jpg");
    BufferedImage stored = decode(source);
    // The fixture really is stored sideways for 5 to 8, so a pass means the pixels were turned.
    assertThat(stored.getWidth()).isEqualTo(orientation >= 5 ? 160 : 240);

    List<Rendition> out = THUMBNAILER.render(source);

    Rendition medium = named(out, "medium");
    assertThat(medium.width()).isEqualTo(240);
    assertThat(medium.height()).isEqualTo(160);
    BufferedImage image = decode(medium.bytes());
    assertThat(image.getWidth()).isEqualTo(240);
    assertThat(image.getHeight()).isEqualTo(160);
    assertColour(average(image, 0.05, 0.05, 0.25, 0.3), RED, 40, "top-left");
    assertColour(average(image, 0.8, 0.8, 0.95, 0.95), GREEN, 40, "bottom-right");
    assertColour(average(image, 0.8, 0.05, 0.95, 0.3), BLUE, 40, "top-right");
    assertColour(average(image, 0.05, 0.8, 0.25, 0.95), BLUE, 40, "bottom-left");
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void render_exifOrientationCrop_cropIsTakenFromUprightImage(int orientation) {
    List<Rendition> out = THUMBNAILER.render(fixture("orientation-" + orientation + ".jpg"));

    Rendition small = named(out, "small");
    assertThat(small.width()).isEqualTo(150);
    assertThat(small.height()).isEqualTo(150);
    BufferedImage image = decode(small.bytes());
    // The centre 160x160 of the upright scene keeps the inner half of each block in its corner.
    assertColour(average(image, 0.03, 0.03, 0.18, 0.3), RED, 40, "top-left");
    assertColour(average(image, 0.9, 0.8, 0.98, 0.98), GREEN, 40, "bottom-right");
    assertColour(average(image, 0.45, 0.4, 0.6, 0.6), BLUE, 40, "centre");
  }
}
