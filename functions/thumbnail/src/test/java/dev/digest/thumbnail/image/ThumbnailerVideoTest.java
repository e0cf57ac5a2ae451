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
 * H.264 videos (libx264 defaults: High profile, CABAC, B-frames) get a poster frame; the fixtures
 * hold the orientation test scene still for two seconds.
 */
class ThumbnailerVideoTest {
  private static final Thumbnailer THUMBNAILER = TestImages.jpegThumbnailer();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scene-h264.mp4", "scene-h264.mov", "scene-h264-rotated.mp4"})
  void render_h264Video_rendersUprightPosterFrame(String name) {
    List<Rendition> out = THUMBNAILER.render(fixture(name));

    assertThat(out).hasSize(3);
    Rendition medium = named(out, "medium");
    assertThat(medium.width()).isEqualTo(240);
    assertThat(medium.height()).isEqualTo(160);
    BufferedImage image = decode(medium.bytes());
    assertColour(average(image, 0.05, 0.05, 0.25, 0.3), RED, 40, "top-left");
    assertColour(average(image, 0.8, 0.8, 0.95, 0.95), GREEN, 40, "bottom-right");
    assertColour(average(image, 0.8, 0.05, 0.95, 0.3), BLUE, 40, "top-right");
    assertThat(named(out, "small").width()).isEqualTo(150);
  }
}
