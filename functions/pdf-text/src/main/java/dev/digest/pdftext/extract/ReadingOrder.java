package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page's words into reading order with a recursive XY-cut: a page is split at a gutter
 * running its full height when both sides read like text columns, otherwise into horizontal bands
 * at empty rows, regrouping bands that share a gutter; each final block is read line by line. This
 * keeps multi-column layouts column by column, and a single column top to bottom, whatever order
 * the producer wrote the content in.
 */
final class ReadingOrder {
  /** A gutter is at least this share of the median font size wide (CSS columns default to 1em). */
  static final double COLUMN_GAP = 0.8;

  /** A text column has at least this many lines ... */
  static final int COLUMN_LINES = 2;

  /** ... and this many words per line on average; narrower runs are table cells, read by row. */
  static final double COLUMN_WORDS_PER_LINE = 3;

  private final double gutter;

  private ReadingOrder(double gutter) {
    this.gutter = gutter;
  }

  /**
   * The page text in reading order, lines separated by newlines: text running in the page's main
   * direction first, then text turned a quarter or half turn, such as a vertical margin note.
   */
  static String text(List<Glyph> glyphs) {
    Map<Integer, List<Glyph>> byDirection = new HashMap<>();
    for (Glyph glyph : glyphs) {
      byDirection.computeIfAbsent(glyph.direction(), d -> new ArrayList<>()).add(glyph);
    }
    List<List<Glyph>> groups = new ArrayList<>(byDirection.values());
    groups.sort(Comparator.comparingInt((List<Glyph> group) -> group.size()).reversed());
    List<String> parts = new ArrayList<>();
    for (List<Glyph> group : groups) {
      String part = textOneDirection(group);
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join("\n", parts);
  }

  private static String textOneDirection(List<Glyph> glyphs) {
    List<Word> words = Word.of(glyphs);
    if (words.isEmpty()) {
      return "";
    }
    double[] sizes = words.stream().mapToDouble(Word::size).sorted().toArray();
    List<List<Word>> blocks = new ArrayList<>();
    new ReadingOrder(COLUMN_GAP * sizes[sizes.length / 2]).visit(words, blocks);
    List<String> lines = new ArrayList<>();
    for (List<Word> block : blocks) {
      for (List<Word> line : Word.lines(block, Word::baseline, Word::size)) {
        lines.add(lineText(line));
      }
    }
    return String.join("\n", lines);
  }

  private static String lineText(List<Word> line) {
    line.sort(Comparator.comparingDouble(Word::left));
    List<String> units = new ArrayList<>();
    for (Word word : line) {
      if (!units.isEmpty()) {
        units.add(" ");
      }
      for (Glyph glyph : word.glyphs()) {
        units.add(glyph.text());
      }
    }
    return LogicalOrder.of(units);
  }

  private void visit(List<Word> words, List<List<Word>> blocks) {
    List<List<Word>> columns = columns(words);
    if (columns != null) {
      visit(columns.get(0), blocks);
      visit(columns.get(1), blocks);
      return;
    }
    List<List<Word>> bands = bands(words);
    if (bands.size() == 1) {
      blocks.add(words);
      return;
    }
    for (List<Word> group : groupByGutter(bands)) {
      if (columns(group) != null) {
        visit(group, blocks);
      } else {
        blocks.add(group);
      }
    }
  }

  /** Splits at the widest gutter whose both sides read like text columns, or returns null. */
  private List<List<Word>> columns(List<Word> words) {
    List<double[]> gaps = gutters(words);
    gaps.sort(Comparator.comparingDouble((double[] gap) -> gap[1] - gap[0]).reversed());
    for (double[] gap : gaps) {
      List<Word> left = new ArrayList<>();
      List<Word> right = new ArrayList<>();
      for (Word word : words) {
        (word.right() <= gap[0] ? left : right).add(word);
      }
      if (isColumn(left) && isColumn(right)) {
        return List.of(left, right);
      }
    }
    return null;
  }

  private static boolean isColumn(List<Word> words) {
    int lines = Word.lines(words, Word::baseline, Word::size).size();
    return lines >= COLUMN_LINES && words.size() >= COLUMN_WORDS_PER_LINE * lines;
  }

  /** Vertical strips free of words, at least a gutter wide, between the words' left and right. */
  private List<double[]> gutters(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::left));
    List<double[]> gaps = new ArrayList<>();
    double reach = sorted.get(0).right();
    for (Word word : sorted) {
      if (word.left() - reach >= gutter) {
        gaps.add(new double[] {reach, word.left()});
      }
      reach = Math.max(reach, word.right());
    }
    return gaps;
  }

  /** Splits words into horizontal bands at every row no word box touches, top to bottom. */
  private static List<List<Word>> bands(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::top));
    List<List<Word>> bands = new ArrayList<>();
    List<Word> band = new ArrayList<>();
    double reach = -Double.MAX_VALUE;
    for (Word word : sorted) {
      if (!band.isEmpty() && word.top() > reach) {
        bands.add(band);
        band = new ArrayList<>();
      }
      band.add(word);
      reach = Math.max(reach, word.bottom());
    }
    bands.add(band);
    return bands;
  }

  /**
   * Joins consecutive bands while they keep a common gutter, so the lines of side-by-side columns
   * (whose baselines often line up, making every line its own band) come back together; a band that
   * crosses the gutter, such as a heading or footer spanning the page, starts a new group.
   */
  private List<List<Word>> groupByGutter(List<List<Word>> bands) {
    List<List<Word>> groups = new ArrayList<>();
    List<Word> group = new ArrayList<>(bands.get(0));
    for (List<Word> band : bands.subList(1, bands.size())) {
      List<Word> joined = new ArrayList<>(group);
      joined.addAll(band);
      boolean keepsGutter = !gutters(joined).isEmpty();
      boolean bothPlain = gutters(group).isEmpty() && gutters(band).isEmpty();
      if (keepsGutter || bothPlain) {
        group = joined;
      } else {
        groups.add(group);
        group = new ArrayList<>(band);
      }
    }
    groups.add(group);
    return groups;
  }
}
