package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import technology.tabula.TextChunk;

/**
 * The horizontal extent covered by text in a set of lines, kept as sorted disjoint intervals, so
 * the vertical gutters that no line crosses (a whitespace table's column breaks) can be counted.
 *
 * <p>Once two or more of the lines have a gap of their own (a line of one cell, or of words closer
 * than a gutter, has none), a gutter counts only where at least two lines have text on both sides
 * of it. A gap between two words of one line, above lines that are all on one side of it (the right
 * half of a justified prose line over a narrower table), separates nothing.
 */
final class StreamGutters {
  private final float[] starts;
  private final float[] ends;
  private final List<TableLine> lines;

  private StreamGutters(float[] starts, float[] ends, List<TableLine> lines) {
    this.starts = starts;
    this.ends = ends;
    this.lines = lines;
  }

  /** The extent covered by the chunks of some lines. */
  static StreamGutters of(List<TableLine> lines) {
    List<TextChunk> chunks = new ArrayList<>();
    for (TableLine line : lines) {
      chunks.addAll(line.chunks());
    }
    return merge(new float[0], new float[0], chunks, List.copyOf(lines));
  }

  /** The extent covered by one line's chunks. */
  static StreamGutters of(TableLine line) {
    return merge(new float[0], new float[0], line.chunks(), List.of(line));
  }

  /** This extent plus one more line's chunks. */
  StreamGutters with(TableLine line) {
    List<TableLine> more = new ArrayList<>(lines);
    more.add(line);
    return merge(starts, ends, line.chunks(), more);
  }

  /** The number of gutters at least {@code minWidth} wide. */
  int count(float minWidth) {
    return cuts(minWidth).length;
  }

  /** The middle of every gutter at least {@code minWidth} wide, left to right. */
  float[] cuts(float minWidth) {
    float[] cuts = new float[Math.max(0, starts.length - 1)];
    int count = 0;
    int support = Math.min(2, gapped(minWidth));
    for (int i = 1; i < starts.length; i++) {
      if (starts[i] - ends[i - 1] >= minWidth && straddling(ends[i - 1], starts[i]) >= support) {
        cuts[count++] = (starts[i] + ends[i - 1]) / 2;
      }
    }
    return Arrays.copyOf(cuts, count);
  }

  /** The number of lines with a gap at least {@code minWidth} wide between two of their chunks. */
  private int gapped(float minWidth) {
    int count = 0;
    for (TableLine line : lines) {
      List<TextChunk> chunks = line.chunks();
      for (int i = 1; i < chunks.size(); i++) {
        if (chunks.get(i).getLeft() - chunks.get(i - 1).getRight() >= minWidth) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** The number of lines with text both left of {@code left} and right of {@code right}. */
  private int straddling(float left, float right) {
    int count = 0;
    for (TableLine line : lines) {
      boolean before = false;
      boolean after = false;
      for (TextChunk chunk : line.chunks()) {
        before |= chunk.getRight() <= left;
        after |= chunk.getLeft() >= right;
      }
      count += before && after ? 1 : 0;
    }
    return count;
  }

  private static StreamGutters merge(
      float[] starts, float[] ends, List<TextChunk> chunks, List<TableLine> lines) {
    int size = starts.length + chunks.size();
    float[][] spans = new float[size][];
    for (int i = 0; i < starts.length; i++) {
      spans[i] = new float[] {starts[i], ends[i]};
    }
    for (int i = 0; i < chunks.size(); i++) {
      TextChunk chunk = chunks.get(i);
      spans[starts.length + i] = new float[] {chunk.getLeft(), chunk.getRight()};
    }
    Arrays.sort(spans, (a, b) -> Float.compare(a[0], b[0]));
    float[] newStarts = new float[size];
    float[] newEnds = new float[size];
    int count = 0;
    for (float[] span : spans) {
      if (count > 0 && span[0] <= newEnds[count - 1]) {
        newEnds[count - 1] = Math.max(newEnds[count - 1], span[1]);
      } else {
        newStarts[count] = span[0];
        newEnds[count] = span[1];
        count++;
      }
    }
    return new StreamGutters(Arrays.copyOf(newStarts, count), Arrays.copyOf(newEnds, count), lines);
  }
}
