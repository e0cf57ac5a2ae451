package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Extracts one page, turning any failure into a warning on that page so one bad page never costs
 * the rest of the document.
 */
final class PageExtraction {
  /** A page with fewer words than this has essentially no text layer (a stray page number). */
  static final int OCR_MAX_WORDS = 5;

  /** ... and needs OCR when images cover at least this share of it, as a scan does. */
  static final double OCR_MIN_COVERAGE = 0.25;

  private PageExtraction() {}

  static PdfPage extract(
      PDDocument document, int number, ExtractLimits limits, TableFinder tables) {
    List<String> warnings = new ArrayList<>();
    double[] size = {0, 0};
    try {
      return extract(document, number, limits, tables, warnings, size);
    } catch (PageGuard.PageLimitExceeded e) {
      warnings.add("page %d skipped: %s".formatted(number, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      warnings.add("page %d could not be read: %s".formatted(number, e));
    } catch (StackOverflowError e) {
      warnings.add("page %d could not be read: its content nests too deeply".formatted(number));
    } catch (OutOfMemoryError e) {
      // Everything the page built lived in the frames that just unwound, so it is garbage now and
      // the next page starts with the heap it had before this one.
      warnings.add(
          "page %d could not be read: it needs more memory than there is".formatted(number));
    }
    return empty(number, size, warnings);
  }

  private static PdfPage extract(
      PDDocument document,
      int number,
      ExtractLimits limits,
      TableFinder tables,
      List<String> warnings,
      double[] size)
      throws IOException {
    PDPage page = document.getPage(number - 1);
    double[] displayed = PageScanner.displaySize(page);
    size[0] = displayed[0];
    size[1] = displayed[1];
    PageGuard guard = new PageGuard(limits);
    if (tooLarge(page, number, limits, guard, warnings)) {
      return empty(number, size, warnings);
    }
    PageScanner.Scan scan = PageScanner.scan(page, guard, limits.maxGlyphsPerPage());
    String text = ReadingOrder.text(scan.glyphs());
    int words = wordCount(text);
    double coverage = coverage(scan.placements(), size);
    List<PdfTable> found;
    if (scan.glyphsCapped()) {
      // Tabula would read every glyph of the page again, each as a larger object.
      warnings.add(
          "page %d: text stops at the limit of %d glyphs; tables not searched"
              .formatted(number, limits.maxGlyphsPerPage()));
      found = List.of();
    } else if (!tables.worthSearching(scan)) {
      found = List.of();
    } else {
      found = findTables(document, number, tables, guard, warnings);
    }
    return new PdfPage(
        number,
        size[0],
        size[1],
        text,
        words,
        !text.isBlank(),
        words < OCR_MAX_WORDS && coverage >= OCR_MIN_COVERAGE,
        scan.placements().size(),
        coverage,
        found,
        List.copyOf(warnings));
  }

  /**
   * Whether the page's decoded content passes the limit, counting it into {@code guard}; a page
   * whose content cannot even be measured is left to PDFBox, whose lenient parser stops where the
   * data breaks.
   */
  static boolean tooLarge(
      PDPage page, int number, ExtractLimits limits, PageGuard guard, List<String> warnings) {
    long measured;
    try {
      measured = ContentBudget.measure(page, limits.maxContentBytes());
    } catch (IOException e) {
      return false;
    }
    if (measured <= limits.maxContentBytes()) {
      guard.addContent(measured, "its content");
      return false;
    }
    warnings.add(
        "page %d skipped: its content decodes to more than the limit of %d bytes"
            .formatted(number, limits.maxContentBytes()));
    return true;
  }

  private static PdfPage empty(int number, double[] size, List<String> warnings) {
    return new PdfPage(
        number, size[0], size[1], "", 0, false, false, 0, 0, List.of(), List.copyOf(warnings));
  }

  private static int wordCount(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static double coverage(List<Placement> placements, double[] size) {
    double area = size[0] * size[1];
    if (area <= 0 || placements.isEmpty()) {
      return 0;
    }
    List<Rectangle2D> boxes = placements.stream().map(Placement::box).toList();
    Rectangle2D page = new Rectangle2D.Double(0, 0, size[0], size[1]);
    return Math.min(1, UnionArea.of(boxes, page) / area);
  }

  private static List<PdfTable> findTables(
      PDDocument document, int number, TableFinder tables, PageGuard guard, List<String> warnings) {
    try {
      guard.nextPass();
      TableSearch search = tables.search(document, number, guard);
      if (search.oversized() > 0) {
        warnings.add(
            "page %d: %d table(s) dropped for having more than the cell limit"
                .formatted(number, search.oversized()));
      }
      return search.tables();
    } catch (PageGuard.PageLimitExceeded e) {
      warnings.add("page %d tables not searched: %s".formatted(number, e.getMessage()));
      return List.of();
    } catch (RuntimeException e) {
      warnings.add("page %d tables could not be read: %s".formatted(number, e));
      return List.of();
    }
  }
}
