package dev.digest.pdftext.extract;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;

/**
 * Reads one page's text and ruling lines the way Tabula needs them, reporting a broken page as an
 * exception; Tabula's public page iterator prints the error and returns null instead.
 *
 * <p>It never closes the document: {@link ObjectExtractor#close()} would close the caller's.
 */
final class TablePageReader extends ObjectExtractor {
  TablePageReader(PDDocument document) {
    super(document);
  }

  /** Reads a 1-based page. */
  Page read(int pageNumber) throws IOException {
    return extractPage(pageNumber);
  }
}
