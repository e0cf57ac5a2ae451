package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from the page scan alone whether a page can hold a table, so that Tabula reads only those
 * pages: reading a page for Tabula costs a second and a third pass over its content, more than the
 * text itself costs, and most pages are prose.
 *
 * <p>A page it lets through is searched exactly as before; a page it stops gets no tables:
 *
 * <ul>
 *   <li>A ruled table has at least three horizontal and three vertical ruling lines, each a
 *       straight segment of a stroked or filled path, so a page painting fewer than {@link
 *       #MIN_PAINTED_LINES} straight segments (of any direction and length) has none. A page whose
 *       only path is its background rectangle paints four.
 *   <li>A whitespace table has at least three rows with two filled cells, so a page with fewer than
 *       {@link #MIN_GAPPED_LINES} lines with a gap of at least {@link #WIDE_GAP} ems between two
 *       glyphs is taken to have none. This one is a judgement, not a proof: stream detection's
 *       column gutter is 0.7 of the page's average glyph, which is about a word space (0.26 to 0.54
 *       ems, median 0.32, on the pages of the benchmark corpus), so no threshold below it would
 *       tell prose from a table. The gate instead sits just above the word spaces of common
 *       proportional fonts (0.22 to 0.32 ems) and relies on real columns being set further apart
 *       than words; on both corpora every page with a whitespace table has at least six lines with
 *       a gap of 0.5 ems. A page of justified prose or of a monospaced font passes the gate and is
 *       searched.
 * </ul>
 */
final class TableGate {
  /** Fewer straight painted segments than this cannot rule a table of two rows and columns. */
  static final int MIN_PAINTED_LINES = 6;

  /** Fewer lines with a wide gap than this cannot be three table rows. */
  static final int MIN_GAPPED_LINES = 3;

  /** A gap between glyphs at least this many ems wide could be a column gutter. */
  static final double WIDE_GAP = 0.33;

  private TableGate() {}

  /** Whether the scanned page can hold a ruled or a whitespace table. */
  static boolean mayHoldTable(PageScanner.Scan scan) {
    return scan.paintedLines() >= MIN_PAINTED_LINES
        || gappedLines(scan.glyphs()) >= MIN_GAPPED_LINES;
  }

  /** The number of text lines, of any direction, with a gap of at least {@link #WIDE_GAP} ems. */
  static int gappedLines(List<Glyph> glyphs) {
    Map<Integer, List<Glyph>> byDirection = new HashMap<>();
    for (Glyph glyph : glyphs) {
      if (!glyph.blank()) {
        byDirection.computeIfAbsent(glyph.direction(), d -> new ArrayList<>()).add(glyph);
      }
    }
    int gapped = 0;
    for (List<Glyph> group : byDirection.values()) {
      for (List<Glyph> line : Word.lines(group, Glyph::baseline, Glyph::size)) {
        gapped += hasWideGap(line) ? 1 : 0;
      }
    }
    return gapped;
  }

  private static boolean hasWideGap(List<Glyph> line) {
    line.sort(Comparator.comparingDouble(Glyph::x));
    double reach = line.get(0).right();
    double size = line.get(0).size();
    for (Glyph glyph : line.subList(1, line.size())) {
      // In the ems of the smaller glyph, so a gap beside small print counts as wide sooner.
      double em = Math.max(1, Math.min(size, glyph.size()));
      if (glyph.x() - reach >= WIDE_GAP * em) {
        return true;
      }
      if (glyph.right() >= reach) {
        reach = glyph.right();
        size = glyph.size();
      }
    }
    return false;
  }
}
