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
 * <p>A line's pieces are Tabula's text chunks, which break a line where the space between glyphs is
 * wider than a word space. Prose lines are one chunk wide, so they end a run; a bulleted list or a
 * two-column layout leaves only one gutter, so it is not a table.
 */
final class StreamTables {
  /** Fewer columns than this is a list or a page layout, not a table. */
  private static final int MIN_COLUMNS = 3;

  /** Fewer rows with two or more filled cells than this is a coincidence of alignment. */
  private static final int MIN_ROWS = 3;

  /** A vertical gap wider than this many line heights ends a table. */
  private static final float MAX_LINE_GAP = 1.5f;

  /** Lines closer than this share of the table's usual line gap belong to the same row. */
  private static final float SAME_ROW_GAP = 0.5f;

  /** A gutter narrower than this many average glyph widths does not separate columns. */
  private static final float MIN_GUTTER = 1f;

  private StreamTables() {}

  /**
   * Returns the page's whitespace-aligned tables with their raw cell texts, top to bottom.
   *
   * @param taken areas already claimed by ruled tables, whose text is ignored here
   */
  static List<PdfTable> find(Page page, List<? extends Rectangle2D> taken) {
    List<TextChunk> chunks = new ArrayList<>();
    for (TextChunk chunk : TextElement.mergeWords(page.getText())) {
      if (!chunk.getText().isBlank() && !inside(chunk, taken)) {
        chunks.add(chunk);
      }
    }
    if (chunks.isEmpty()) {
      return List.of();
    }
    float gutter = MIN_GUTTER * glyphWidth(chunks);
    List<PdfTable> tables = new ArrayList<>();
    for (List<TableLine> run : runs(lines(chunks), gutter)) {
      PdfTable table = read(run, gutter);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
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
   * Splits the lines into runs of vertically close lines that keep at least {@code MIN_COLUMNS - 1}
   * gutters free between them; a run starts at a line of two or more chunks.
   */
  private static List<List<TableLine>> runs(List<TableLine> lines, float gutter) {
    List<List<TableLine>> runs = new ArrayList<>();
    List<TableLine> run = new ArrayList<>();
    StreamGutters free = null;
    for (TableLine line : lines) {
      if (!run.isEmpty()) {
        TableLine last = run.get(run.size() - 1);
        float gap = line.top() - last.bottom();
        StreamGutters joined = free.with(line);
        boolean close = gap <= MAX_LINE_GAP * Math.max(line.height(), last.height());
        if (close && joined.count(gutter) >= Math.min(MIN_COLUMNS - 1, free.count(gutter))) {
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
   * Reads a run as a table, after dropping rows at its top and bottom that fill only one cell (a
   * heading or a paragraph's short last line); returns null when what is left is not a table.
   */
  private static PdfTable read(List<TableLine> run, float gutter) {
    List<List<TableLine>> rows = rows(run);
    int first = 0;
    int last = rows.size() - 1;
    float[] cuts = StreamGutters.of(run).cuts(gutter);
    while (first <= last && filled(rows.get(first), cuts) < 2) {
      first++;
    }
    while (last >= first && filled(rows.get(last), cuts) < 2) {
      last--;
    }
    if (first > 0 || last < rows.size() - 1) {
      List<TableLine> kept = new ArrayList<>();
      rows.subList(first, last + 1).forEach(kept::addAll);
      if (kept.isEmpty()) {
        return null;
      }
      rows = rows(kept);
      cuts = StreamGutters.of(kept).cuts(gutter);
    }
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
   * Groups a run's lines into table rows: a line starts a new row unless it sits much closer to the
   * line above than the run's lines usually do, as the lines of one cell do.
   */
  private static List<List<TableLine>> rows(List<TableLine> run) {
    float[] gaps = new float[run.size() - 1];
    for (int i = 1; i < run.size(); i++) {
      gaps[i - 1] = run.get(i).top() - run.get(i - 1).bottom();
    }
    float[] sorted = gaps.clone();
    Arrays.sort(sorted);
    float usual = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    List<List<TableLine>> rows = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      if (i == 0 || gaps[i - 1] >= SAME_ROW_GAP * usual) {
        rows.add(new ArrayList<>());
      }
      rows.get(rows.size() - 1).add(run.get(i));
    }
    return rows;
  }

  private static int filled(List<TableLine> row, float[] cuts) {
    boolean[] used = new boolean[cuts.length + 1];
    int count = 0;
    for (TableLine line : row) {
      for (TextChunk chunk : line.chunks()) {
        int col = column(chunk, cuts);
        count += used[col] ? 0 : 1;
        used[col] = true;
      }
    }
    return count;
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
