package dev.digest.pdftext.extract;

/**
 * One shown glyph, the unit the reading order is built from. Coordinates are in points on the page
 * as displayed, turned by the glyph's direction so that its line always runs left to right: x along
 * the line, baseline down the page.
 *
 * @param text the Unicode text the glyph stands for
 * @param x the start of its advance along the line
 * @param baseline the position of its baseline across the line
 * @param width its advance width
 * @param size its font size
 * @param direction the direction its line runs on the displayed page, in degrees clockwise from
 *     left-to-right: 0, 90, 180 or 270
 */
record Glyph(String text, double x, double baseline, double width, double size, int direction) {
  /** The end of its advance along the line. */
  double right() {
    return x + width;
  }

  /** Whether the glyph is a space, which separates words but has no ink. */
  boolean blank() {
    return text.isBlank();
  }
}
