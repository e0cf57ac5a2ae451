package dev.digest.pdftext.extract;

/**
 * One shown glyph in page coordinates (points from the top-left of the page as displayed), the unit
 * the reading order is built from.
 *
 * @param text the Unicode text the glyph stands for
 * @param x the left edge of its advance
 * @param baseline the y of its baseline
 * @param width its advance width
 * @param size its font size
 */
record Glyph(String text, double x, double baseline, double width, double size) {
  /** The right edge of its advance. */
  double right() {
    return x + width;
  }

  /** Whether the glyph is a space, which separates words but has no ink. */
  boolean blank() {
    return text.isBlank();
  }
}
