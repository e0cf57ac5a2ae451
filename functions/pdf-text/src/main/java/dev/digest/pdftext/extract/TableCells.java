package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Tidies raw cell texts into the shape every {@link PdfTable} promises its readers. */
final class TableCells {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  private TableCells() {}

  /**
   * Collapses whitespace inside each cell (so a cell's lines join with one space), pads every row
   * to the same width, and drops rows and columns that are empty throughout.
   */
  static List<List<String>> clean(List<List<String>> rows) {
    int width = 0;
    for (List<String> row : rows) {
      width = Math.max(width, row.size());
    }
    boolean[] usedColumns = new boolean[width];
    List<List<String>> kept = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(width);
      boolean empty = true;
      for (int col = 0; col < width; col++) {
        String text = col < row.size() ? normalize(row.get(col)) : "";
        cells.add(text);
        if (!text.isEmpty()) {
          usedColumns[col] = true;
          empty = false;
        }
      }
      if (!empty) {
        kept.add(cells);
      }
    }
    List<List<String>> cleaned = new ArrayList<>(kept.size());
    for (List<String> row : kept) {
      List<String> cells = new ArrayList<>();
      for (int col = 0; col < width; col++) {
        if (usedColumns[col]) {
          cells.add(row.get(col));
        }
      }
      cleaned.add(List.copyOf(cells));
    }
    return List.copyOf(cleaned);
  }

  /**
   * Collapses every whitespace run (line breaks and no-break spaces included) to one space, and
   * trims.
   */
  static String normalize(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
