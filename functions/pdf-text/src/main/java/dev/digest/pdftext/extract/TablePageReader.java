package dev.digest.pdftext.extract;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;

/**
 * Reads one page's text and ruling lines the way Tabula needs them, reporting a broken page as an
 * exception; Tabula's public page iterator prints the error and returns null instead.
 *
 * <p>It never closes the document: {@link ObjectExtractor#close()} would close the caller's. Each
 * of Tabula's passes over the page counts its operators into a {@link PageGuard}.
 */
final class TablePageReader extends ObjectExtractor {
  private final PageGuard guard;

  TablePageReader(PDDocument document, PageGuard guard) {
    super(document);
    this.guard = guard;
  }

  @Override
  protected void onPass() {
    guard.nextPass();
  }

  @Override
  protected void onOperator() {
    guard.tick();
  }

  /** Reads a 1-based page. */
  Page read(int pageNumber) throws IOException {
    return extractPage(pageNumber);
  }
}
