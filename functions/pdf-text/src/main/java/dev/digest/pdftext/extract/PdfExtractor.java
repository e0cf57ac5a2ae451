package dev.digest.pdftext.extract;

import java.nio.file.Path;

/**
 * Opens PDFs with PDFBox 3, leniently and with decoded streams cached in a scratch file, so a
 * damaged or huge document neither fails needlessly nor fills the heap.
 */
public final class PdfExtractor {
  private final ExtractLimits limits;
  private final TableFinder tables;

  /** Creates an extractor; it is thread-safe and lives as long as the function. */
  public PdfExtractor(ExtractLimits limits, TableFinder tables) {
    this.limits = limits;
    this.tables = tables;
  }

  /**
   * Opens a PDF file. An owner-password-only file opens; a user password is {@link
   * PdfException#ENCRYPTED}.
   *
   * @throws PdfException when the file is not a PDF, needs a password, or cannot be parsed
   */
  public OpenPdf open(Path file) throws PdfException {
    throw new UnsupportedOperationException("not yet");
  }
}
