package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnionAreaTest {
  private static final Rectangle2D PAGE = new Rectangle2D.Double(0, 0, 100, 100);

  private static Rectangle2D box(double x, double y, double w, double h) {
    return new Rectangle2D.Double(x, y, w, h);
  }

  @Test
  void of_disjointBoxes_isTheSum() {
    assertThat(UnionArea.of(List.of(box(0, 0, 10, 10), box(50, 50, 20, 10)), PAGE))
        .isCloseTo(300, within(1e-9));
  }

  @Test
  void of_nestedAndOverlappingBoxes_countsOverlapsOnce() {
    List<Rectangle2D> boxes = List.of(box(0, 0, 50, 50), box(10, 10, 10, 10), box(25, 25, 50, 50));

    assertThat(UnionArea.of(boxes, PAGE)).isCloseTo(2500 + 2500 - 625, within(1e-9));
  }

  @Test
  void of_boxesBeyondBounds_areClipped() {
    assertThat(UnionArea.of(List.of(box(-50, -50, 100, 300)), PAGE)).isCloseTo(5000, within(1e-9));
  }

  @Test
  void of_thousandsOfStrips_coversTheirUnion() {
    List<Rectangle2D> strips = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      strips.add(box(0, i * 0.02, 100, 0.04));
    }

    assertThat(UnionArea.of(strips, PAGE)).isCloseTo(100 * (3999 * 0.02 + 0.04), within(1e-6));
  }
}
