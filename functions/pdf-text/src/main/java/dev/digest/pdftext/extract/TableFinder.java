package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.Page;

/**
 * Finds tables on a page: ruled ones from their lines (lattice), and whitespace-aligned ones from
 * the alignment of their text (stream).
 *
 * <p>Ruled tables are found first; stream detection then ignores the text inside them, so a table
 * is reported once. Neither step renders the page. It is stateless, so one finder can serve every
 * document of the function.
 */
public final class TableFinder {
  private final int maxCells;
  private final boolean gated;

  /** Creates a finder that drops tables with more than {@code maxCells} cells. */
  public TableFinder(int maxCells) {
    this(maxCells, true);
  }

  private TableFinder(int maxCells, boolean gated) {
    this.maxCells = maxCells;
    this.gated = gated;
  }

  /** A finder that searches every page, even those {@link TableGate} rules out; for tests. */
  static TableFinder ungated(int maxCells) {
    return new TableFinder(maxCells, false);
  }

  /**
   * Whether a scanned page is worth searching: whether it can hold a table at all, by {@link
   * TableGate}, which lets most pages of prose skip Tabula's reading of the page.
   */
  boolean worthSearching(PageScanner.Scan scan) {
    return !gated || TableGate.mayHoldTable(scan);
  }

  /**
   * Finds the tables on one page.
   *
   * @param document the open document
   * @param pageNumber the 1-based page number
   * @return the tables, top to bottom
   * @throws UncheckedIOException when the page's content cannot be read
   */
  public List<PdfTable> find(PDDocument document, int pageNumber) {
    return search(document, pageNumber).tables();
  }

  /** Finds the tables on one page with the default page bounds. */
  TableSearch search(PDDocument document, int pageNumber) {
    return search(document, pageNumber, new PageGuard(ExtractLimits.DEFAULTS));
  }

  /**
   * Finds the tables on one page, and counts those dropped for having too many cells.
   *
   * @throws PageGuard.PageLimitExceeded when reading the page passes a bound of {@code guard}
   */
  TableSearch search(PDDocument document, int pageNumber, PageGuard guard) {
    Page page;
    try {
      page = new TablePageReader(document, guard).read(pageNumber);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read page " + pageNumber + " for tables", e);
    }
    guard.checkTime();
    List<PdfTable> found = new ArrayList<>(LatticeTables.find(page));
    guard.checkTime();
    List<Rectangle2D> ruled = new ArrayList<>();
    for (PdfTable table : found) {
      PdfTable.Box box = table.box();
      ruled.add(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
    }
    found.addAll(StreamTables.find(page, ruled));
    found.sort(Comparator.comparingDouble(table -> table.box().y()));

    List<PdfTable> kept = new ArrayList<>();
    int oversized = 0;
    for (PdfTable table : found) {
      List<List<String>> rows = TableCells.clean(table.rows());
      if (rows.isEmpty()) {
        continue;
      }
      if ((long) rows.size() * rows.get(0).size() > maxCells) {
        oversized++;
      } else {
        kept.add(new PdfTable(table.method(), table.box(), rows));
      }
    }
    return new TableSearch(List.copyOf(kept), oversized);
  }
}
