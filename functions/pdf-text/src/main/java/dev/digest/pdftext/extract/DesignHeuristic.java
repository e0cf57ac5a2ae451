package dev.digest.pdftext.extract;

import java.util.List;

/**
 * Decides whether a document is design-heavy from how much of its pages images cover and how
 * densely it carries text; see docs/pdf-text.md for the thresholds and how they were chosen.
 */
public final class DesignHeuristic {
  /** Mean image coverage from which a document is image-led. */
  static final double MIN_COVERAGE = 0.30;

  /** Mean words per page below which image-led pages are design rather than illustrated text. */
  static final double MAX_WORDS_PER_PAGE = 250;

  private DesignHeuristic() {}

  /** Classifies a document from all of its extracted pages. */
  public static Layout classify(List<PdfPage> pages) {
    if (pages.isEmpty()) {
      return new Layout(false, 0, 0, "No pages were extracted, so there is nothing to judge.");
    }
    double coverage = pages.stream().mapToDouble(PdfPage::imageCoverage).average().orElse(0);
    double words = pages.stream().mapToInt(PdfPage::wordCount).average().orElse(0);
    boolean imageLed = coverage >= MIN_COVERAGE;
    boolean sparse = words < MAX_WORDS_PER_PAGE;
    String measured =
        "images cover %.0f%% of the average page, which carries %.0f words"
            .formatted(coverage * 100, words);
    if (imageLed && sparse) {
      return new Layout(true, coverage, words, "Design-heavy: " + measured + ".");
    }
    String why = imageLed ? "there is too much text for design" : "images cover too little";
    return new Layout(false, coverage, words, "Text-led: " + measured + "; " + why + ".");
  }
}
