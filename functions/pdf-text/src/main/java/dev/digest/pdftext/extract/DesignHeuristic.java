package dev.digest.pdftext.extract;

import java.util.List;

/**
 * Decides whether a document is design-heavy from how much of its pages images cover and how
 * densely it carries text; see docs/pdf-text.md for the thresholds and how they were chosen.
 */
public final class DesignHeuristic {
  private DesignHeuristic() {}

  /** Classifies a document from all of its extracted pages. */
  public static Layout classify(List<PdfPage> pages) {
    throw new UnsupportedOperationException("not yet");
  }
}
