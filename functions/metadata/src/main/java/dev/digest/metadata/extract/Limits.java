package dev.digest.metadata.extract;

/**
 * Bounds on what one extraction may hold in memory or keep in the document, so that a hostile or
 * broken upload can neither exhaust the function's memory nor bloat the metadata it writes.
 *
 * @param maxBufferedBytes the most bytes of one upload held in memory at once: the metadata
 *     segments of a JPEG, the metadata chunks of a PNG, the {@code moov} box of a video, or the
 *     whole of a TIFF, HEIF, WebP, GIF or BMP file (larger files are read only this far)
 * @param maxXmpBytes the largest extended XMP packet of a JPEG that is read; a larger one is
 *     skipped with a warning, and PNG text chunks that would inflate beyond it are skipped too
 * @param maxStringLength the most characters kept of any text field; longer text is cut
 * @param maxKeywords the most keywords kept; further keywords are dropped
 */
public record Limits(int maxBufferedBytes, int maxXmpBytes, int maxStringLength, int maxKeywords) {
  /** Limits that fit a function with 512 MB of memory and still keep every real camera field. */
  public static final Limits DEFAULTS = new Limits(32 * 1024 * 1024, 1024 * 1024, 2000, 100);

  /** Rejects limits that would make every extraction fail or keep nothing. */
  public Limits {
    if (maxBufferedBytes < 1024 || maxXmpBytes < 1024 || maxStringLength < 1 || maxKeywords < 1) {
      throw new IllegalArgumentException(
          "Limits are too small to read any metadata: maxBufferedBytes and maxXmpBytes need at"
              + " least 1024, maxStringLength and maxKeywords at least 1");
    }
  }
}
