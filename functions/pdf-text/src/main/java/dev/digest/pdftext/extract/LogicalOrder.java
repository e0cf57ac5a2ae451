package dev.digest.pdftext.extract;

import java.text.Bidi;
import java.util.List;

/**
 * Turns a line read left to right into the order it was written, because a PDF places right-to-left
 * scripts such as Arabic and Hebrew visually and readers of the text expect logical order.
 */
final class LogicalOrder {
  private LogicalOrder() {}

  /**
   * Joins the units of a line (each the text of one glyph, or a space) into logical order. Each
   * unit stays whole, so a ligature glyph standing for several letters keeps their order.
   */
  static String of(List<String> units) {
    char[] classes = new char[units.size()];
    for (int i = 0; i < classes.length; i++) {
      String unit = units.get(i);
      classes[i] = unit.isBlank() ? ' ' : unit.charAt(0);
    }
    if (!Bidi.requiresBidi(classes, 0, classes.length)) {
      return String.join("", units);
    }
    // Running the bidi algorithm over visual order and reversing its right-to-left runs undoes
    // the reordering a viewer applied, for lines whose direction the first strong letter sets.
    Bidi bidi = new Bidi(classes, 0, null, 0, classes.length, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    Integer[] order = new Integer[runs];
    for (int r = 0; r < runs; r++) {
      levels[r] = (byte) bidi.getRunLevel(r);
      order[r] = r;
    }
    Bidi.reorderVisually(levels, 0, order, 0, runs);
    StringBuilder text = new StringBuilder();
    for (int r : order) {
      int start = bidi.getRunStart(r);
      int limit = bidi.getRunLimit(r);
      if ((levels[r] & 1) == 1) {
        for (int i = limit - 1; i >= start; i--) {
          text.append(units.get(i));
        }
      } else {
        for (int i = start; i < limit; i++) {
          text.append(units.get(i));
        }
      }
    }
    return text.toString();
  }
}
