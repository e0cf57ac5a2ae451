package dev.digest.pdftext.extract;

/**
 * Bounds that keep one hostile or huge document within the function's memory and time.
 *
 * @param maxContentBytes the most decoded content-stream bytes a page may have before it is skipped
 *     with a warning
 * @param maxImagePixels the largest image (width × height) that is decoded for export
 * @param maxTableCells the most cells kept per table before it is dropped with a warning
 */
public record ExtractLimits(long maxContentBytes, long maxImagePixels, int maxTableCells) {
  /** Limits that fit a 1,024 MB function. */
  public static final ExtractLimits DEFAULTS =
      new ExtractLimits(64L * 1024 * 1024, 40_000_000L, 20_000);
}
