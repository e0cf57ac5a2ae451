package dev.digest.pdftext.extract;

/**
 * Bounds that keep one hostile or huge document within the function's memory and time.
 *
 * @param maxContentBytes the most decoded content-stream bytes a page may have before it is skipped
 *     with a warning; the decoded data of the page's inline images counts against it too
 * @param maxImagePixels the largest image (width × height) that is decoded for export
 * @param maxTableCells the most cells kept per table before it is dropped with a warning
 * @param maxGlyphsPerPage the most glyphs recorded per page; the page's text stops there, with a
 *     warning, and its tables are not searched
 * @param maxOperatorsPerPage the most content-stream operators one pass over a page may run (forms
 *     count each time they are drawn) before the page is skipped with a warning
 * @param maxPageMillis the most wall-clock time one page may take before it is skipped with a
 *     warning
 */
public record ExtractLimits(
    long maxContentBytes,
    long maxImagePixels,
    int maxTableCells,
    int maxGlyphsPerPage,
    long maxOperatorsPerPage,
    long maxPageMillis) {
  /** Limits that fit a 1,024 MB function. */
  public static final ExtractLimits DEFAULTS =
      new ExtractLimits(64L * 1024 * 1024, 40_000_000L, 20_000, 200_000, 5_000_000L, 20_000L);
}
