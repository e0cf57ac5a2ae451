package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWarningTest {
  private static final Path INVOICE =
      Path.of("src/test/resources/tables/chromium/ruled/invoice.pdf");

  @Test
  void extractPages_tableOverCellLimit_dropsItWithAWarningOnItsPage() throws Exception {
    ExtractLimits d = ExtractLimits.DEFAULTS;
    ExtractLimits limits =
        new ExtractLimits(
            d.maxContentBytes(),
            1_000_000,
            4,
            d.maxGlyphsPerPage(),
            d.maxOperatorsPerPage(),
            d.maxPageMillis());
    List<PdfPage> pages;
    try (OpenPdf pdf =
        new PdfExtractor(limits, new TableFinder(limits.maxTableCells())).open(INVOICE)) {
      pages = pdf.extractPages(1, () -> false);
    }

    assertThat(pages.get(0).tables()).isEmpty();
    assertThat(pages.get(0).warnings())
        .anySatisfy(w -> assertThat(w).startsWith("page 1: 1 table(s) dropped"));
  }

  @Test
  void extractPages_tableWithinCellLimit_keepsItWithoutWarning() throws Exception {
    List<PdfPage> pages;
    try (OpenPdf pdf =
        new PdfExtractor(
                ExtractLimits.DEFAULTS, new TableFinder(ExtractLimits.DEFAULTS.maxTableCells()))
            .open(INVOICE)) {
      pages = pdf.extractPages(1, () -> false);
    }

    assertThat(pages.get(0).tables()).hasSize(1);
    assertThat(pages.get(0).warnings()).isEmpty();
  }
}
