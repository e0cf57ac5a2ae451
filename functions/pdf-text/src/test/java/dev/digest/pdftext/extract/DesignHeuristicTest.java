package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heuristic on the documents its thresholds were measured on, and at its boundaries. */
class DesignHeuristicTest {
  @TempDir Path dir;

  private static Layout classify(String fixture) throws Exception {
    return DesignHeuristic.classify(TestPdfs.extractAll(TestPdfs.fixture(fixture)));
  }

  private static PdfPage page(int words, double coverage, boolean needsOcr) {
    return new PdfPage(
        1, 595, 842, "", words, words > 0, needsOcr, 1, coverage, List.of(), List.of());
  }

  @Test
  void classify_chromiumBrochure_isDesignHeavy() throws Exception {
    Layout layout = classify("brochure.pdf");

    assertThat(layout.designHeavy()).isTrue();
    assertThat(layout.imageCoverage()).isGreaterThan(DesignHeuristic.MIN_COVERAGE);
    assertThat(layout.wordsPerPage()).isLessThan(DesignHeuristic.MAX_WORDS_PER_PAGE);
    assertThat(layout.reason()).startsWith("Design-heavy: images cover 87%");
  }

  @Test
  void classify_textReport_isTextLed() throws Exception {
    Layout layout = classify("report.pdf");

    assertThat(layout.designHeavy()).isFalse();
    assertThat(layout.reason()).startsWith("Text-led: images cover 0%");
  }

  @Test
  void classify_reportWithChart_isTextLed() throws Exception {
    Layout layout = classify("report-with-chart.pdf");

    assertThat(layout.designHeavy()).isFalse();
    assertThat(layout.imageCoverage()).isBetween(0.1, DesignHeuristic.MIN_COVERAGE);
  }

  @Test
  void classify_scannedDocument_isNotDesignButNeedsOcr() throws Exception {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < 3; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(
              TestPdfs.jpeg(document, TestPdfs.picture(248, 351, Color.LIGHT_GRAY)),
              0,
              0,
              PDRectangle.A4.getWidth(),
              PDRectangle.A4.getHeight());
        }
      }
      document.save(file.toFile());
    }

    Layout layout = DesignHeuristic.classify(TestPdfs.extractAll(file));

    assertThat(layout.designHeavy()).isFalse();
    assertThat(layout.imageCoverage()).isEqualTo(1.0);
    assertThat(layout.reason()).contains("3 of 3 pages", "need OCR");
  }

  @Test
  void classify_imageLedButWordy_isIllustratedText() {
    Layout layout = DesignHeuristic.classify(List.of(page(400, 0.6, false)));

    assertThat(layout.designHeavy()).isFalse();
    assertThat(layout.reason()).startsWith("Illustrated text");
  }

  @Test
  void classify_atTheThresholds_isDesignHeavyOnlyWithinBoth() {
    double coverage = DesignHeuristic.MIN_COVERAGE;
    int words = (int) DesignHeuristic.MAX_WORDS_PER_PAGE;

    assertThat(DesignHeuristic.classify(List.of(page(words - 1, coverage, false))).designHeavy())
        .isTrue();
    assertThat(DesignHeuristic.classify(List.of(page(words, coverage, false))).designHeavy())
        .isFalse();
    assertThat(
            DesignHeuristic.classify(List.of(page(words - 1, coverage - 0.01, false)))
                .designHeavy())
        .isFalse();
  }

  @Test
  void classify_noPages_isNotDesignHeavy() {
    assertThat(DesignHeuristic.classify(List.of()).designHeavy()).isFalse();
  }
}
