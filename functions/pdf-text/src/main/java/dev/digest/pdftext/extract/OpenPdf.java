package dev.digest.pdftext.extract;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** One opened document; close it to release the file and its scratch space. */
public interface OpenPdf extends AutoCloseable {
  /** The document's own description. */
  PdfInfo info();

  /**
   * Extracts pages from {@code firstPage} (1-based) onwards, checking {@code stop} before each
   * page, so a caller with a time budget can continue later from the next page.
   *
   * @return the pages extracted, in order; fewer than remain when {@code stop} said so
   */
  List<PdfPage> extractPages(int firstPage, BooleanSupplier stop);

  /**
   * Exports the embedded images of one page, in drawing order, each image once per page. Images
   * larger than the pixel limit are skipped.
   *
   * @return warnings about images that were skipped
   */
  List<String> exportImages(int page, ImageSink sink) throws IOException;

  @Override
  void close() throws IOException;
}
