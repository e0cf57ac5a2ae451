package dev.digest.pdftext.extract;

import java.util.List;

/**
 * Decides whether a document is design-heavy from how much of its pages images cover and how
 * densely it carries text; see docs/pdf-text.md for the thresholds and how they were chosen.
 */
public final class DesignHeuristic {
  /** Mean image coverage from which a document is image-led (measured: brochure 0.89). */
  static final double MIN_COVERAGE = 0.40;

  /** Mean words per page below which an image-led document is design (measured: brochure 13). */
  static final double MAX_WORDS_PER_PAGE = 100;

  private DesignHeuristic() {}

  /** Classifies a document from all of its extracted pages. */
  public static Layout classify(List<PdfPage> pages) {
    if (pages.isEmpty()) {
      return new Layout(false, 0, 0, "No pages were extracted, so there is nothing to judge.");
    }
    double coverage = pages.stream().mapToDouble(PdfPage::imageCoverage).average().orElse(0);
    double words = pages.stream().mapToInt(PdfPage::wordCount).average().orElse(0);
    long scanned = pages.stream().filter(PdfPage::needsOcr).count();
    String measured =
        "images cover %.0f%% of the average page, which carries %.0f words"
            .formatted(coverage * 100, words);
    if (2 * scanned > pages.size()) {
      return new Layout(
          false,
          coverage,
          words,
          "Scanned, not designed: %d of %d pages are images without a text layer and need OCR."
              .formatted(scanned, pages.size()));
    }
    if (coverage < MIN_COVERAGE) {
      return new Layout(false, coverage, words, "Text-led: " + measured + ".");
    }
    if (words >= MAX_WORDS_PER_PAGE) {
      return new Layout(
          false, coverage, words, "Illustrated text: " + measured + ", too many for design.");
    }
    return new Layout(true, coverage, words, "Design-heavy: " + measured + ".");
  }
}
