package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

class TableGateTest {
  /** Every committed PDF: the table corpus, the document fixtures and the samples. */
  private static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root :
        List.of("src/test/resources/tables", "src/test/resources/pdfs", "../../samples/pdf")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<PdfPage> extract(Path file, TableFinder finder) throws Exception {
    try (OpenPdf pdf = new PdfExtractor(ExtractLimits.DEFAULTS, finder).open(file)) {
      return pdf.extractPages(1, () -> false);
    }
  }

  @Test
  void extractPages_wholeCorpus_gateFindsTheSameTablesAsSearchingEveryPage() throws Exception {
    int maxCells = ExtractLimits.DEFAULTS.maxTableCells();
    List<Path> files = corpus();
    int pages = 0;
    int tables = 0;
    int skipped = 0;
    for (Path file : files) {
      List<PdfPage> gated = extract(file, new TableFinder(maxCells));
      List<PdfPage> everyPage = extract(file, TableFinder.ungated(maxCells));
      assertThat(gated).as(file.toString()).hasSameSizeAs(everyPage);
      for (int i = 0; i < gated.size(); i++) {
        assertThat(gated.get(i).tables())
            .as(file + " page " + (i + 1))
            .isEqualTo(everyPage.get(i).tables());
        assertThat(gated.get(i).warnings())
            .as(file + " page " + (i + 1))
            .isEqualTo(everyPage.get(i).warnings());
        tables += everyPage.get(i).tables().size();
      }
      pages += gated.size();
      skipped += skippedPages(file);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(50);
    assertThat(tables).isGreaterThanOrEqualTo(40);
    assertThat(skipped).isPositive().isLessThan(pages);
  }

  /** The pages of a file that the gate keeps from Tabula. */
  private static int skippedPages(Path file) throws IOException {
    int skipped = 0;
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      for (PDPage page : document.getPages()) {
        skipped += TableGate.mayHoldTable(scan(page)) ? 0 : 1;
      }
    }
    return skipped;
  }

  @Test
  void mayHoldTable_prose_isFalse() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page =
          TestPdfs.addTextPage(
              document,
              "The quick brown fox jumps over the lazy dog and keeps running",
              "across the field until it reaches the river at the edge of",
              "the wood, where it stops, drinks, and lies down in the shade",
              "of an old oak tree to sleep through the heat of the afternoon.");
      assertThat(TableGate.mayHoldTable(scan(page))).isFalse();
    }
  }

  @Test
  void mayHoldTable_alignedColumns_isTrue() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page =
          TestPdfs.addTextPage(
              document, "Item    Qty    Price", "Apples    3    1.20", "Pears    12    0.80");
      assertThat(TableGate.mayHoldTable(scan(page))).isTrue();
    }
  }

  @Test
  void mayHoldTable_ruledGrid_isTrue() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = TestPdfs.addTextPage(document, "Just a caption");
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
        for (int i = 0; i < 3; i++) {
          content.moveTo(100, 500 + 20 * i);
          content.lineTo(300, 500 + 20 * i);
          content.moveTo(100 + 100 * i, 500);
          content.lineTo(100 + 100 * i, 540);
        }
        content.stroke();
      }
      PageScanner.Scan scan = scan(page);
      assertThat(scan.paintedLines()).isEqualTo(6);
      assertThat(TableGate.mayHoldTable(scan)).isTrue();
    }
  }

  @Test
  void mayHoldTable_backgroundRectangleOnly_isFalse() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = TestPdfs.addTextPage(document, "Just a caption");
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.PREPEND, false)) {
        content.addRect(0, 0, 595, 842);
        content.fill();
      }
      PageScanner.Scan scan = scan(page);
      assertThat(scan.paintedLines()).isEqualTo(4);
      assertThat(TableGate.mayHoldTable(scan)).isFalse();
    }
  }

  private static PageScanner.Scan scan(PDPage page) throws IOException {
    return PageScanner.scan(page, new PageGuard(ExtractLimits.DEFAULTS), 100_000);
  }
}
