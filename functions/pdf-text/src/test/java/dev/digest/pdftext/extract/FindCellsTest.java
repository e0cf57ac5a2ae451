package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import technology.tabula.Cell;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/** The vendored, indexed {@code findCells} finds the cells upstream's scan found. */
class FindCellsTest {
  @Test
  void findCells_cornersAtMinusZeroAndZero_areOneLineAsUpstreamCompared() {
    // The left edge is drawn twice, at x = -0.0 (the top half) and x = 0.0 (all of it): upstream
    // compared x with ==, so the corners at -0.0 and 0.0 are on one line and the cell is found.
    List<Ruling> horizontals = List.of(line(0, 0, 10, 0), line(0, 10, 10, 10));
    List<Ruling> verticals =
        List.of(line(-0.0f, 0, -0.0f, 5), line(0.0f, 0, 0.0f, 10), line(10, 0, 10, 10));

    List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontals, verticals);

    assertThat(cells).hasSize(1);
    assertThat(cells.get(0).getWidth()).isEqualTo(10f);
    assertThat(cells.get(0).getHeight()).isEqualTo(10f);
  }

  private static Ruling line(float x1, float y1, float x2, float y2) {
    return new Ruling(new Point2D.Float(x1, y1), new Point2D.Float(x2, y2));
  }
}
