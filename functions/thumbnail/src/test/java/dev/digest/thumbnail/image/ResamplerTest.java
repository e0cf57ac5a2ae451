package dev.digest.thumbnail.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Downscaling averages instead of skipping pixels, so fine patterns turn grey, not into moiré. */
class ResamplerTest {
  @Test
  void resize_oneByOneCheckerboard_becomesEvenGrey() {
    BufferedImage checker = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 1000; y++) {
      for (int x = 0; x < 1000; x++) {
        checker.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);
      }
    }

    BufferedImage out = Resampler.resize(checker, 0, 0, 1000, 1000, 150, 150);

    assertThat(out.getWidth()).isEqualTo(150);
    for (int y = 0; y < 150; y += 7) {
      for (int x = 0; x < 150; x += 7) {
        assertThat(out.getRGB(x, y) & 0xFF).as("blue at %d,%d", x, y).isBetween(110, 145);
      }
    }
  }

  @Test
  void halve_premultipliedAlpha_keepsColourOfOpaqueNeighbour() {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB_PRE);
    image.setRGB(0, 0, 0xFF0000FF);
    image.setRGB(1, 0, 0x00000000);
    image.setRGB(0, 1, 0xFF0000FF);
    image.setRGB(1, 1, 0x00000000);

    int pixel = Resampler.halve(image, 0, 0, 2, 2).getRGB(0, 0);

    assertThat(pixel >>> 24).isBetween(126, 129);
    assertThat(pixel & 0xFF).as("blue stays blue, not darkened").isGreaterThan(250);
  }
}
