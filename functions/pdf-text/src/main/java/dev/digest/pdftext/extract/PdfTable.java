package dev.digest.pdftext.extract;

import java.util.List;

/**
 * One table found on a page, as rows of cell texts.
 *
 * @param method {@code lattice} (found from ruling lines) or {@code stream} (from whitespace)
 * @param box where the table sits on the page
 * @param rows the rows, each a list of cell texts; every row has the same number of cells
 */
public record PdfTable(String method, Box box, List<List<String>> rows) {
  /** Lattice: cells bounded by ruling lines. */
  public static final String LATTICE = "lattice";

  /** Stream: cells found from whitespace alignment. */
  public static final String STREAM = "stream";

  /**
   * A rectangle in PDF points, measured from the page's top-left corner.
   *
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   */
  public record Box(double x, double y, double width, double height) {}
}
