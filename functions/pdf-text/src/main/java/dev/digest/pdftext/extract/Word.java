package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A run of glyphs on one baseline with no word gap between them; the atom the reading order moves
 * around, so a layout decision never splits a word.
 *
 * @param glyphs its glyphs, left to right
 * @param left the left edge
 * @param right the right edge
 * @param baseline the baseline of its first glyph
 * @param size its largest font size
 */
record Word(List<Glyph> glyphs, double left, double right, double baseline, double size) {
  /** A gap wider than this share of the font size separates two words. */
  static final double WORD_GAP = 0.15;

  /** Glyphs whose baselines differ by at most this share of the font size share a line. */
  static final double SAME_LINE = 0.4;

  /** The top of the word's box: an approximate ascent, since glyph boxes vary by font. */
  double top() {
    return baseline - 0.7 * size;
  }

  /** The bottom of the word's box: an approximate descent. */
  double bottom() {
    return baseline + 0.2 * size;
  }

  /** Groups glyphs into words: per line, left to right, broken at spaces and gaps. */
  static List<Word> of(List<Glyph> glyphs) {
    List<Word> words = new ArrayList<>();
    for (List<Glyph> line : lines(glyphs, Glyph::baseline, Glyph::size)) {
      line.sort(Comparator.comparingDouble(Glyph::x));
      List<Glyph> current = new ArrayList<>();
      double right = 0;
      for (Glyph glyph : line) {
        boolean gap =
            !current.isEmpty() && glyph.x() - right > WORD_GAP * Math.max(glyph.size(), 1);
        if (glyph.blank() || gap) {
          add(words, current);
          current = new ArrayList<>();
        }
        if (!glyph.blank()) {
          right = current.isEmpty() ? glyph.right() : Math.max(right, glyph.right());
          current.add(glyph);
        }
      }
      add(words, current);
    }
    return words;
  }

  private static void add(List<Word> words, List<Glyph> glyphs) {
    if (glyphs.isEmpty()) {
      return;
    }
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double size = 0;
    for (Glyph glyph : glyphs) {
      left = Math.min(left, glyph.x());
      right = Math.max(right, glyph.right());
      size = Math.max(size, glyph.size());
    }
    words.add(new Word(List.copyOf(glyphs), left, right, glyphs.get(0).baseline(), size));
  }

  /**
   * Splits items into lines by baseline, top to bottom; an item joins a line when its baseline is
   * within {@link #SAME_LINE} of the line's first item.
   */
  static <T> List<List<T>> lines(
      List<T> items, ToDoubleFunction<T> baseline, ToDoubleFunction<T> size) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(baseline));
    List<List<T>> lines = new ArrayList<>();
    List<T> line = new ArrayList<>();
    double anchor = 0;
    double tolerance = 0;
    for (T item : sorted) {
      double y = baseline.applyAsDouble(item);
      if (line.isEmpty() || y - anchor > tolerance) {
        line = new ArrayList<>();
        lines.add(line);
        anchor = y;
        tolerance = SAME_LINE * Math.max(size.applyAsDouble(item), 1);
      }
      line.add(item);
    }
    return lines;
  }
}
