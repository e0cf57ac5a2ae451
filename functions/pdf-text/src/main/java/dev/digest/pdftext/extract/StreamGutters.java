package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import technology.tabula.TextChunk;

/**
 * The horizontal extent covered by text in a set of lines, kept as sorted disjoint intervals, so
 * the vertical gutters that no line crosses (a whitespace table's column breaks) can be counted.
 */
final class StreamGutters {
  private final float[] starts;
  private final float[] ends;

  private StreamGutters(float[] starts, float[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The extent covered by the chunks of some lines. */
  static StreamGutters of(List<TableLine> lines) {
    List<TextChunk> chunks = new ArrayList<>();
    for (TableLine line : lines) {
      chunks.addAll(line.chunks());
    }
    return merge(new float[0], new float[0], chunks);
  }

  /** The extent covered by one line's chunks. */
  static StreamGutters of(TableLine line) {
    return merge(new float[0], new float[0], line.chunks());
  }

  /** This extent plus one more line's chunks. */
  StreamGutters with(TableLine line) {
    return merge(starts, ends, line.chunks());
  }

  /** The number of gutters at least {@code minWidth} wide. */
  int count(float minWidth) {
    return cuts(minWidth).length;
  }

  /** The middle of every gutter at least {@code minWidth} wide, left to right. */
  float[] cuts(float minWidth) {
    float[] cuts = new float[Math.max(0, starts.length - 1)];
    int count = 0;
    for (int i = 1; i < starts.length; i++) {
      if (starts[i] - ends[i - 1] >= minWidth) {
        cuts[count++] = (starts[i] + ends[i - 1]) / 2;
      }
    }
    return Arrays.copyOf(cuts, count);
  }

  private static StreamGutters merge(float[] starts, float[] ends, List<TextChunk> chunks) {
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
    return new StreamGutters(Arrays.copyOf(newStarts, count), Arrays.copyOf(newEnds, count));
  }
}
