package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableFinderTest {
  /**
   * Catches a blow-up, not a slowdown: each page below takes 1 to 3 s on an idle core (most of it
   * reading the page) and up to 11 s cold on busy shared cores.
   */
  private static final long BUDGET_MILLIS = 30_000;

  private final TableFinder finder = new TableFinder(ExtractLimits.DEFAULTS.maxTableCells());

  @ParameterizedTest
  @ValueSource(strings = {"chromium", "libreoffice"})
  void mergedCells_ruledTable_keepTextTopLeftAndLeaveSpannedPositionsEmpty(String producer)
      throws IOException {
    List<PdfTable> tables = find(TableCorpus.pdf(producer, "ruled", "merged"));

    assertThat(tables).singleElement().extracting(PdfTable::method).isEqualTo(PdfTable.LATTICE);
    assertThat(tables.get(0).rows().subList(0, 3))
        .containsExactly(
            List.of("Site", "Staff", "", "Contractors", ""),
            List.of("", "2023", "2024", "2023", "2024"),
            List.of("Dublin", "120", "134", "15", "12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ruled", "plain"})
  void twoLineCell_eitherStyle_joinsItsLinesWithOneSpace(String style) throws IOException {
    for (String producer : List.of("chromium", "libreoffice")) {
      List<PdfTable> tables = find(TableCorpus.pdf(producer, style, "directory"));

      assertThat(tables).as(producer).singleElement();
      assertThat(tables.get(0).rows().get(1))
          .as(producer)
          .containsExactly("Alice Brennan", "Head of finance", "2140", "Building A Floor 3");
    }
  }

  /**
   * The demo sample's plain table: bold left-aligned headers over right-aligned numbers, between
   * justified paragraphs whose stretched word spaces split their lines into words.
   */
  @Test
  void reportSample_page2_returnsThePlainProductTableBetweenJustifiedProse() throws IOException {
    Path sample = Path.of("../../samples/pdf/report.pdf");
    assertThat(sample).as("run from functions/pdf-text").exists();
    try (PDDocument document = Loader.loadPDF(sample.toFile())) {
      List<PdfTable> tables = finder.find(document, 2);

      assertThat(tables).singleElement().extracting(PdfTable::method).isEqualTo(PdfTable.STREAM);
      assertThat(tables.get(0).rows())
          .containsExactly(
              List.of("Product group", "Units sold", "Average price", "Change"),
              List.of("Coffee", "182,400", "9.40", "+14%"),
              List.of("Tea", "96,150", "6.85", "+9%"),
              List.of("Cocoa", "41,300", "5.10", "-3%"),
              List.of("Biscuits", "128,900", "3.25", "+6%"),
              List.of("Preserves", "37,650", "4.70", "+1%"));
      assertThat(finder.find(document, 3)).isEmpty();
    }
  }

  @Test
  void cellLimit_tableOneCellOver_isDroppedAndCounted() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(TableCorpus.pdf("chromium", "ruled", "invoice").toFile())) {
      TableSearch atLimit = new TableFinder(28).search(document, 1);
      TableSearch overLimit = new TableFinder(27).search(document, 1);

      assertThat(atLimit.tables()).hasSize(1);
      assertThat(atLimit.oversized()).isZero();
      assertThat(overLimit.tables()).isEmpty();
      assertThat(overLimit.oversized()).isOne();
    }
  }

  @Test
  void hugeRuledGrid_22500Cells_isDroppedAsOneOversizedTableWithinBudget() throws IOException {
    try (PDDocument document = grid(150, 150)) {
      long start = System.nanoTime();
      TableSearch search = finder.search(document, 1);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(search.tables()).isEmpty();
      assertThat(search.oversized()).isOne();
      assertThat(millis).as("milliseconds for a 150 x 150 grid").isLessThan(BUDGET_MILLIS);
    }
  }

  @Test
  void listingOf3000Lines_threeAlignedColumns_isOneStreamTableWithinBudget() throws IOException {
    try (PDDocument document = listing(3000)) {
      long start = System.nanoTime();
      List<PdfTable> tables = finder.find(document, 1);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(tables).singleElement().extracting(PdfTable::method).isEqualTo(PdfTable.STREAM);
      assertThat(tables.get(0).rows()).hasSize(3000);
      assertThat(tables.get(0).rows().get(0)).containsExactly("Entry 2999", "20993", "2024-01-01");
      assertThat(millis).as("milliseconds for 3000 lines").isLessThan(BUDGET_MILLIS);
    }
  }

  private List<PdfTable> find(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return finder.find(document, 1);
    }
  }

  /** A page ruled into a grid of 20 × 10 pt cells, a number in each. */
  private static PDDocument grid(int rows, int cols) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage(new PDRectangle(cols * 20f + 40, rows * 10f + 40));
    document.addPage(page);
    try (PDPageContentStream out = new PDPageContentStream(document, page)) {
      out.setLineWidth(0.5f);
      for (int r = 0; r <= rows; r++) {
        out.moveTo(20, 20 + r * 10f);
        out.lineTo(20 + cols * 20f, 20 + r * 10f);
      }
      for (int c = 0; c <= cols; c++) {
        out.moveTo(20 + c * 20f, 20);
        out.lineTo(20 + c * 20f, 20 + rows * 10f);
      }
      out.stroke();
      out.beginText();
      out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          out.setTextMatrix(Matrix.getTranslateInstance(22 + c * 20f, 22 + r * 10f));
          out.showText(Integer.toString(r * cols + c));
        }
      }
      out.endText();
    }
    return document;
  }

  /** A tall page of lines in tiny type, each an entry, a number and a date in fixed columns. */
  private static PDDocument listing(int lines) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage(new PDRectangle(400, lines * 2f + 40));
    document.addPage(page);
    try (PDPageContentStream out = new PDPageContentStream(document, page)) {
      out.beginText();
      out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1.5f);
      for (int i = 0; i < lines; i++) {
        float y = 20 + i * 2f;
        out.setTextMatrix(Matrix.getTranslateInstance(20, y));
        out.showText("Entry " + i);
        out.setTextMatrix(Matrix.getTranslateInstance(200, y));
        out.showText(Integer.toString(i * 7));
        out.setTextMatrix(Matrix.getTranslateInstance(300, y));
        out.showText("2024-01-01");
      }
      out.endText();
    }
    return document;
  }
}
