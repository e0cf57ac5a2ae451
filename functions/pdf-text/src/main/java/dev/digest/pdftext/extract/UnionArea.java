package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The area covered by a set of rectangles, overlaps counted once, by a sweep over x with a segment
 * tree over y; it runs in O(n log n), so a page of thousands of image strips stays cheap.
 */
final class UnionArea {
  private final double[] ys;
  private final int[] cover;
  private final double[] length;

  private UnionArea(double[] ys) {
    this.ys = ys;
    this.cover = new int[4 * ys.length];
    this.length = new double[4 * ys.length];
  }

  /** The area of the union of {@code boxes}, each first clipped to {@code bounds}. */
  static double of(List<Rectangle2D> boxes, Rectangle2D bounds) {
    List<Rectangle2D> clipped = new ArrayList<>();
    for (Rectangle2D box : boxes) {
      Rectangle2D part = box.createIntersection(bounds);
      if (part.getWidth() > 0 && part.getHeight() > 0) {
        clipped.add(part);
      }
    }
    if (clipped.isEmpty()) {
      return 0;
    }
    double[] ys =
        clipped.stream()
            .flatMapToDouble(r -> Arrays.stream(new double[] {r.getMinY(), r.getMaxY()}))
            .sorted()
            .distinct()
            .toArray();
    double[][] events = new double[2 * clipped.size()][];
    for (int i = 0; i < clipped.size(); i++) {
      Rectangle2D r = clipped.get(i);
      events[2 * i] = new double[] {r.getMinX(), r.getMinY(), r.getMaxY(), 1};
      events[2 * i + 1] = new double[] {r.getMaxX(), r.getMinY(), r.getMaxY(), -1};
    }
    Arrays.sort(events, (a, b) -> Double.compare(a[0], b[0]));
    UnionArea tree = new UnionArea(ys);
    double area = 0;
    double previousX = events[0][0];
    for (double[] event : events) {
      area += tree.length[1] * (event[0] - previousX);
      previousX = event[0];
      int from = Arrays.binarySearch(ys, event[1]);
      int to = Arrays.binarySearch(ys, event[2]);
      tree.update(1, 0, ys.length - 1, from, to, (int) event[3]);
    }
    return area;
  }

  /** Adds {@code delta} to the cover count of y-segments [from, to) under {@code node}. */
  private void update(int node, int lo, int hi, int from, int to, int delta) {
    if (to <= lo || hi <= from) {
      return;
    }
    if (from <= lo && hi <= to) {
      cover[node] += delta;
    } else {
      int mid = (lo + hi) >>> 1;
      update(2 * node, lo, mid, from, to, delta);
      update(2 * node + 1, mid, hi, from, to, delta);
    }
    if (cover[node] > 0) {
      length[node] = ys[hi] - ys[lo];
    } else if (hi - lo == 1) {
      length[node] = 0;
    } else {
      length[node] = length[2 * node] + length[2 * node + 1];
    }
  }
}
