package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import technology.tabula.Page;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;

/**
 * Finds whitespace-aligned tables without rendering the page: it looks for runs of text lines whose
 * pieces leave at least two vertical gutters free in every line, and reads each run as a table
 * whose columns are split at those gutters.
 *
 * <p>A line's pieces are Tabula's text chunks, split again wherever glyphs sit further apart than a
 * word space. Prose lines are one piece wide, so they end a run; a bulleted list or a two-column
 * layout leaves only one gutter, so it is not a table (nor is a two-column key/value table: the
 * price of never reading page layouts as tables). Lines that follow each other more closely than
 * the run's usual row pitch are one row, which is how a cell's second line joins its first.
 */
final class StreamTables {
  /** Fewer columns than this is a list or a page layout, not a table. */
  private static final int MIN_COLUMNS = 3;

  /** Fewer rows with two or more filled cells than this is a coincidence of alignment. */
  private static final int MIN_ROWS = 3;

  /**
   * A line further below the previous one than this many of the page's usual line pitches starts a
   * new table. Pitches, not glyph heights: some producers' fonts report heights of a few points.
   */
  private static final float MAX_PITCH = 2.5f;

  /** A line closer to the one above than this share of its table's usual pitch is in its row. */
  private static final float SAME_ROW_PITCH = 0.85f;

  /**
   * A gap narrower than this many glyph widths (the page's median glyph, or a chunk's own when
   * splitting it) does not separate columns; a word space is about 0.55.
   */
  private static final float MIN_GUTTER = 0.7f;

  private StreamTables() {}

  /**
   * Returns the page's whitespace-aligned tables with their raw cell texts, top to bottom.
   *
   * @param taken areas already claimed by ruled tables, whose text is ignored here
   */
  static List<PdfTable> find(Page page, List<? extends Rectangle2D> taken) {
    List<TextChunk> merged = new ArrayList<>();
    for (TextChunk chunk : TextElement.mergeWords(page.getText())) {
      if (!chunk.getText().isBlank() && !inside(chunk, taken)) {
        merged.add(chunk);
      }
    }
    if (merged.isEmpty()) {
      return List.of();
    }
    float gutter = MIN_GUTTER * glyphWidth(merged);
    List<TextChunk> chunks = new ArrayList<>();
    for (TextChunk chunk : merged) {
      chunks.addAll(split(chunk));
    }
    List<PdfTable> tables = new ArrayList<>();
    for (List<TableLine> run : runs(lines(chunks), gutter)) {
      PdfTable table = read(run, gutter);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
  }

  /**
   * Splits a chunk wherever its glyphs are at least a gutter apart (measured in the chunk's own
   * glyph width, so a heading's wide word spaces are no gutters) or jump back to a new line, and
   * trims its spaces. Tabula breaks chunks only at gaps of about one and a half word spaces, while
   * tight table columns can sit closer than that.
   */
  private static List<TextChunk> split(TextChunk chunk) {
    float gutter = MIN_GUTTER * (float) chunk.getWidth() / chunk.getText().length();
    List<TextChunk> pieces = new ArrayList<>();
    List<TextElement> piece = new ArrayList<>();
    int glyphs = 0;
    float right = 0;
    for (TextElement element : chunk.getTextElements()) {
      if (element.getText().isBlank()) {
        piece.add(element);
        continue;
      }
      if (glyphs > 0 && Math.abs(element.getLeft() - right) >= gutter) {
        pieces.add(new TextChunk(strip(piece)));
        piece = new ArrayList<>();
        glyphs = 0;
      }
      piece.add(element);
      glyphs++;
      right = element.getRight();
    }
    if (glyphs > 0) {
      pieces.add(new TextChunk(strip(piece)));
    }
    return pieces;
  }

  /** The elements without the spaces at either end; at least one element is not a space. */
  private static List<TextElement> strip(List<TextElement> elements) {
    int first = 0;
    int last = elements.size() - 1;
    while (elements.get(first).getText().isBlank()) {
      first++;
    }
    while (elements.get(last).getText().isBlank()) {
      last--;
    }
    return elements.subList(first, last + 1);
  }

  /** Groups chunks into lines by vertical overlap, top to bottom, each line left to right. */
  private static List<TableLine> lines(List<TextChunk> chunks) {
    chunks.sort(Comparator.comparingDouble(TextChunk::getCenterY));
    List<TableLine> lines = new ArrayList<>();
    List<TextChunk> current = new ArrayList<>();
    float top = 0;
    float bottom = 0;
    for (TextChunk chunk : chunks) {
      float overlap = Math.min(bottom, chunk.getBottom()) - Math.max(top, chunk.getTop());
      float smaller = (float) Math.min(bottom - top, chunk.getHeight());
      if (!current.isEmpty() && overlap < smaller / 2) {
        lines.add(TableLine.of(current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        top = chunk.getTop();
        bottom = chunk.getBottom();
      } else {
        top = Math.min(top, chunk.getTop());
        bottom = Math.max(bottom, chunk.getBottom());
      }
      current.add(chunk);
    }
    lines.add(TableLine.of(current));
    return lines;
  }

  /**
   * Splits the lines into runs of lines that follow each other closely and keep at least {@code
   * MIN_COLUMNS - 1} gutters free between them; a run starts at a line of two or more chunks. A
   * line that would leave fewer gutters ends the run and may start the next one, so a run never
   * carries on with fewer: a justified prose line (split into words) must not start a run that then
   * takes in every close line below it, the table among them.
   */
  private static List<List<TableLine>> runs(List<TableLine> lines, float gutter) {
    float maxPitch = MAX_PITCH * medianPitch(lines);
    List<List<TableLine>> runs = new ArrayList<>();
    List<TableLine> run = new ArrayList<>();
    StreamGutters free = null;
    for (TableLine line : lines) {
      if (!run.isEmpty()) {
        StreamGutters joined = free.with(line);
        boolean close = line.top() - run.get(run.size() - 1).top() <= maxPitch;
        if (close && joined.count(gutter) >= MIN_COLUMNS - 1) {
          run.add(line);
          free = joined;
          continue;
        }
        runs.add(run);
        run = new ArrayList<>();
      }
      if (line.chunks().size() >= 2) {
        run.add(line);
        free = StreamGutters.of(line);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /**
   * Reads a run as a table; returns null when it is not one. When it is not, and the run's first or
   * last line crosses gutters that the other lines leave free (a header whose labels nearly touch,
   * a paragraph line the run took in), reads the run without that line instead.
   */
  private static PdfTable read(List<TableLine> run, float gutter) {
    PdfTable table = readTrimmed(run, gutter);
    if (table != null || run.size() <= MIN_ROWS) {
      return table;
    }
    int gutters = StreamGutters.of(run).count(gutter);
    List<TableLine> withoutFirst = run.subList(1, run.size());
    List<TableLine> withoutLast = run.subList(0, run.size() - 1);
    int first = StreamGutters.of(withoutFirst).count(gutter);
    int last = StreamGutters.of(withoutLast).count(gutter);
    if (Math.max(first, last) <= gutters) {
      return null;
    }
    return read(first >= last ? withoutFirst : withoutLast, gutter);
  }

  private static PdfTable readTrimmed(List<TableLine> run, float gutter) {
    List<TableLine> lines = trimmed(run, gutter);
    if (lines.isEmpty()) {
      return null;
    }
    List<List<TableLine>> rows = rows(lines);
    float[] cuts = joinComplementary(rows, StreamGutters.of(lines).cuts(gutter));
    int fullRows = 0;
    for (List<TableLine> row : rows) {
      fullRows += filled(row, cuts) >= 2 ? 1 : 0;
    }
    if (cuts.length + 1 < MIN_COLUMNS || fullRows < MIN_ROWS) {
      return null;
    }
    List<List<String>> texts = new ArrayList<>(rows.size());
    Rectangle2D bounds = rows.get(0).get(0).bounds();
    for (List<TableLine> row : rows) {
      StringBuilder[] cells = new StringBuilder[cuts.length + 1];
      Arrays.setAll(cells, i -> new StringBuilder());
      for (TableLine line : row) {
        bounds.add(line.bounds());
        for (TextChunk chunk : line.chunks()) {
          cells[column(chunk, cuts)].append(' ').append(chunk.getText());
        }
      }
      texts.add(Arrays.stream(cells).map(StringBuilder::toString).toList());
    }
    PdfTable.Box box =
        new PdfTable.Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    return new PdfTable(PdfTable.STREAM, box, texts);
  }

  /**
   * Drops the rows at the top and bottom of a run that fill only one cell (a heading above the
   * table, or the short last line of the paragraph before it), then, against the gutters of what is
   * left, the edge rows that crowd two pieces of one line into a cell: a line of justified prose,
   * split into words at its stretched spaces, that by chance leaves two of the table's gutters
   * free. Repeats until no edge row goes, as each drop can free more gutters.
   */
  private static List<TableLine> trimmed(List<TableLine> run, float gutter) {
    List<TableLine> lines = run;
    while (!lines.isEmpty()) {
      List<TableLine> kept = trimEdges(lines, gutter, false);
      if (kept.size() == lines.size()) {
        kept = trimEdges(lines, gutter, true);
      }
      if (kept.size() == lines.size()) {
        return lines;
      }
      lines = kept;
    }
    return lines;
  }

  /**
   * Drops the edge rows that fill fewer than two cells, or with {@code crowded} those that put two
   * pieces of one line into one cell.
   */
  private static List<TableLine> trimEdges(List<TableLine> lines, float gutter, boolean crowded) {
    List<List<TableLine>> rows = rows(lines);
    float[] cuts = StreamGutters.of(lines).cuts(gutter);
    int first = 0;
    int last = rows.size() - 1;
    while (first <= last && dropped(rows.get(first), cuts, crowded)) {
      first++;
    }
    while (last >= first && dropped(rows.get(last), cuts, crowded)) {
      last--;
    }
    List<TableLine> kept = new ArrayList<>();
    rows.subList(first, last + 1).forEach(kept::addAll);
    return kept;
  }

  private static boolean dropped(List<TableLine> row, float[] cuts, boolean crowded) {
    if (!crowded) {
      return filled(row, cuts) < 2;
    }
    for (TableLine line : row) {
      for (int i = 1; i < line.chunks().size(); i++) {
        if (column(line.chunks().get(i), cuts) == column(line.chunks().get(i - 1), cuts)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Joins neighbouring columns that no row fills both of. They are one column whose header and
   * values are aligned differently: a left-aligned "Qty" above right-aligned numbers leaves a
   * gutter between them that no line crosses.
   */
  private static float[] joinComplementary(List<List<TableLine>> rows, float[] cuts) {
    for (int cut = 0; cut < cuts.length; cut++) {
      boolean together = false;
      for (List<TableLine> row : rows) {
        boolean[] used = used(row, cuts);
        together |= used[cut] && used[cut + 1];
      }
      if (!together) {
        float[] fewer = new float[cuts.length - 1];
        System.arraycopy(cuts, 0, fewer, 0, cut);
        System.arraycopy(cuts, cut + 1, fewer, cut, fewer.length - cut);
        return joinComplementary(rows, fewer);
      }
    }
    return cuts;
  }

  /**
   * Groups a run's lines into table rows: a line starts a new row unless it follows the line above
   * more closely than the run's lines usually do, as the lines inside one cell do (cell padding
   * adds to the pitch between rows, not to the pitch inside a cell).
   */
  private static List<List<TableLine>> rows(List<TableLine> run) {
    float samePitch = SAME_ROW_PITCH * medianPitch(run);
    List<List<TableLine>> rows = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      if (i == 0 || run.get(i).top() - run.get(i - 1).top() >= samePitch) {
        rows.add(new ArrayList<>());
      }
      rows.get(rows.size() - 1).add(run.get(i));
    }
    return rows;
  }

  /** The median distance between the tops of consecutive lines; 0 for a single line. */
  private static float medianPitch(List<TableLine> lines) {
    if (lines.size() < 2) {
      return 0;
    }
    float[] pitches = new float[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      pitches[i - 1] = lines.get(i).top() - lines.get(i - 1).top();
    }
    Arrays.sort(pitches);
    return pitches[pitches.length / 2];
  }

  private static int filled(List<TableLine> row, float[] cuts) {
    int count = 0;
    for (boolean used : used(row, cuts)) {
      count += used ? 1 : 0;
    }
    return count;
  }

  private static boolean[] used(List<TableLine> row, float[] cuts) {
    boolean[] used = new boolean[cuts.length + 1];
    for (TableLine line : row) {
      for (TextChunk chunk : line.chunks()) {
        used[column(chunk, cuts)] = true;
      }
    }
    return used;
  }

  private static int column(TextChunk chunk, float[] cuts) {
    int col = 0;
    while (col < cuts.length && chunk.getCenterX() > cuts[col]) {
      col++;
    }
    return col;
  }

  private static boolean inside(TextChunk chunk, List<? extends Rectangle2D> taken) {
    for (Rectangle2D area : taken) {
      if (area.contains(chunk.getCenterX(), chunk.getCenterY())) {
        return true;
      }
    }
    return false;
  }

  /** The median width of one glyph on the page, the unit for gutter widths. */
  private static float glyphWidth(List<TextChunk> chunks) {
    float[] widths = new float[chunks.size()];
    for (int i = 0; i < widths.length; i++) {
      TextChunk chunk = chunks.get(i);
      widths[i] = (float) chunk.getWidth() / Math.max(1, chunk.getText().length());
    }
    Arrays.sort(widths);
    return widths[widths.length / 2];
  }
}
