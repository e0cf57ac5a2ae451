package dev.digest.pdftext.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** A document opened by PDFBox, extracted page by page so a caller can stop between pages. */
final class OpenedPdf implements OpenPdf {
  private final PDDocument document;
  private final PdfInfo info;
  private final ExtractLimits limits;
  private final TableFinder tables;

  OpenedPdf(PDDocument document, PdfInfo info, ExtractLimits limits, TableFinder tables) {
    this.document = document;
    this.info = info;
    this.limits = limits;
    this.tables = tables;
  }

  @Override
  public PdfInfo info() {
    return info;
  }

  @Override
  public List<PdfPage> extractPages(int firstPage, BooleanSupplier stop) {
    // One past the last page is a valid place to resume from: there is nothing left.
    checkPage(firstPage, info.pageCount() + 1);
    List<PdfPage> pages = new ArrayList<>();
    for (int n = firstPage; n <= info.pageCount() && !stop.getAsBoolean(); n++) {
      pages.add(PageExtraction.extract(document, n, limits, tables));
    }
    return pages;
  }

  @Override
  public List<String> exportImages(int page, ImageSink sink) throws IOException {
    checkPage(page, info.pageCount());
    PDPage pdPage = document.getPage(page - 1);
    List<String> warnings = new ArrayList<>();
    PageGuard guard = new PageGuard(limits);
    if (PageExtraction.tooLarge(pdPage, page, limits, guard, warnings)) {
      return warnings;
    }
    PageScanner.Scan scan;
    try {
      scan = PageScanner.scan(pdPage, guard, limits.maxGlyphsPerPage());
    } catch (PageGuard.PageLimitExceeded e) {
      warnings.add("page %d images not exported: %s".formatted(page, e.getMessage()));
      return warnings;
    }
    return ImageExporter.export(page, scan.placements(), limits, sink);
  }

  private void checkPage(int page, int last) {
    if (page < 1 || page > last) {
      throw new IllegalArgumentException(
          "page " + page + " is outside 1.." + last + " of this document");
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
