package dev.digest.thumbnail.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The geometry of fit and crop boxes, in stored pixels. */
class RenditionPlanTest {
  private static final SizeSpec CROP = new SizeSpec("small", 150, 150, FitMode.CROP);
  private static final SizeSpec FIT = new SizeSpec("medium", 500, 300, FitMode.FIT);

  @Test
  void of_cropOnLandscape_takesCentredSquare() {
    RenditionPlan plan = RenditionPlan.of(CROP, 3000, 2000, 1);

    assertThat(plan.x()).isEqualTo(500);
    assertThat(plan.y()).isZero();
    assertThat(plan.regionWidth()).isEqualTo(2000);
    assertThat(plan.regionHeight()).isEqualTo(2000);
    assertThat(plan.width()).isEqualTo(150);
    assertThat(plan.scale()).isCloseTo(0.075, within(1e-9));
  }

  @Test
  void of_cropSmallerThanBox_keepsLargestCentreSquareUnscaled() {
    RenditionPlan plan = RenditionPlan.of(CROP, 100, 80, 1);

    assertThat(plan.x()).isEqualTo(10);
    assertThat(plan.width()).isEqualTo(80);
    assertThat(plan.height()).isEqualTo(80);
    assertThat(plan.scale()).isEqualTo(1);
  }

  @Test
  void of_fitWithQuarterTurn_swapsTheBox() {
    // Stored 4000x3000 with orientation 6 is shown 3000x4000: the 500x300 box fits 225x300.
    RenditionPlan plan = RenditionPlan.of(FIT, 4000, 3000, 6);

    assertThat(plan.width()).isEqualTo(300);
    assertThat(plan.height()).isEqualTo(225);
  }

  @Test
  void of_fitSmallerThanBox_keepsSourceSize() {
    RenditionPlan plan = RenditionPlan.of(FIT, 120, 90, 1);

    assertThat(plan.width()).isEqualTo(120);
    assertThat(plan.height()).isEqualTo(90);
    assertThat(plan.scale()).isEqualTo(1);
  }
}
