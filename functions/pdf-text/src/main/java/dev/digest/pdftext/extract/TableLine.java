package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.TextChunk;

/**
 * One line of text on a page, as the chunks that stream detection aligns into columns.
 *
 * @param chunks the line's chunks, left to right
 * @param top the top of the highest chunk, in points from the page top
 * @param bottom the bottom of the lowest chunk
 */
record TableLine(List<TextChunk> chunks, float top, float bottom) {
  /** Makes a line of chunks that overlap vertically. */
  static TableLine of(List<TextChunk> chunks) {
    List<TextChunk> sorted = new ArrayList<>(chunks);
    sorted.sort(Comparator.comparingDouble(TextChunk::getLeft));
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (TextChunk chunk : sorted) {
      top = Math.min(top, chunk.getTop());
      bottom = Math.max(bottom, chunk.getBottom());
    }
    return new TableLine(List.copyOf(sorted), top, bottom);
  }

  /** A new rectangle around the line. */
  Rectangle2D bounds() {
    Rectangle2D bounds = new Rectangle2D.Float();
    bounds.setRect(chunks.get(0));
    for (TextChunk chunk : chunks) {
      bounds.add(chunk);
    }
    return bounds;
  }
}
