package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures table extraction on the committed corpus, cell by cell, per producer and style, and
 * fails when accuracy falls below what was last measured. Run alone with {@code ./mvnw -B -pl
 * functions/pdf-text test -Dtest=TableAccuracyTest} to see the table.
 */
class TableAccuracyTest {
  /**
   * Floors just below the measured accuracy. Plain pages miss the two-column key/value table
   * (specs), which stream detection leaves alone on purpose; everything else is found exactly.
   */
  private static final Map<String, Double> FLOORS =
      Map.of(
          "chromium/ruled", 0.99,
          "chromium/plain", 0.95,
          "chromium/mixed", 0.99,
          "libreoffice/ruled", 0.99,
          "libreoffice/plain", 0.95,
          "libreoffice/mixed", 0.99);

  /**
   * Floors just below the held-out measurements. heldout (chromium 98.5%, LibreOffice 88.9%) was
   * tuned on after its first measurement (71.8%, 54.8%), so it is no longer a held-out figure;
   * heldout2 (chromium 90.2%, LibreOffice 64.1%) was measured once after those changes and is the
   * honest one. See docs/pdf-text.md "Accuracy".
   */
  private static final Map<String, Double> HELD_OUT_FLOORS =
      Map.of(
          "chromium/heldout", 0.98,
          "libreoffice/heldout", 0.88,
          "chromium/heldout2", 0.90,
          "libreoffice/heldout2", 0.64);

  private final TableFinder finder = new TableFinder(ExtractLimits.DEFAULTS.maxTableCells());

  @Test
  void corpus_eachProducerAndStyle_meetsItsAccuracyFloorWithoutSpuriousTables() {
    Map<String, TableScore.Result> results = new TreeMap<>();
    for (TableCorpus.Document document : TableCorpus.documents()) {
      if (!document.heldOut()) {
        TableScore.Result result = TableScore.score(document.truth(), find(document));
        results.merge(
            document.producer() + "/" + document.style(), result, TableScore.Result::plus);
      }
    }
    print(results);

    assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
    results.forEach(
        (group, result) -> {
          assertThat(result.accuracy())
              .as("cell accuracy of " + group)
              .isGreaterThan(FLOORS.get(group));
          assertThat(result.spuriousTables()).as("spurious tables in " + group).isZero();
        });
  }

  /**
   * The held-out pages: whitespace tables under varied CSS between justified prose, pages of prose
   * and lists with no table, and (in heldout) the demo sample {@code samples/pdf/report.pdf}. Each
   * page is printed on its own line too. heldout was tuned on; heldout2 was not.
   */
  @Test
  void heldOut_eachProducer_meetsItsAccuracyFloorWithoutSpuriousTables() {
    Map<String, TableScore.Result> results = new TreeMap<>();
    for (TableCorpus.Document document : TableCorpus.documents()) {
      if (document.heldOut()) {
        TableScore.Result result = TableScore.score(document.truth(), find(document));
        String group = document.producer() + "/" + document.style();
        results.merge(group, result, TableScore.Result::plus);
        results.put(group + "/" + document.name(), result);
      }
    }
    print(results);

    assertThat(results.keySet()).containsAll(HELD_OUT_FLOORS.keySet());
    HELD_OUT_FLOORS.forEach(
        (group, floor) ->
            assertThat(results.get(group).accuracy())
                .as("cell accuracy of " + group)
                .isGreaterThan(floor));
    results.forEach(
        (group, result) ->
            assertThat(result.spuriousTables()).as("spurious tables in " + group).isZero());
  }

  @Test
  void prosePages_everyProducerAndStyle_yieldNoTables() {
    List<String> checked = new ArrayList<>();
    for (TableCorpus.Document document : TableCorpus.documents()) {
      if (document.name().equals("prose")) {
        assertThat(find(document)).as(document.pdf().toString()).isEmpty();
        checked.add(document.producer() + "/" + document.style());
      }
    }
    assertThat(checked).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chromium", "libreoffice"})
  void mixedPage_ruledTableProseAndPlainTable_returnsExactlyTheTwoTables(String producer) {
    TableCorpus.Document document =
        new TableCorpus.Document(
            producer, "mixed", "mixed", TableCorpus.pdf(producer, "mixed", "mixed"));

    List<PdfTable> tables = find(document);

    assertThat(tables)
        .extracting(PdfTable::method)
        .containsExactly(PdfTable.LATTICE, PdfTable.STREAM);
    assertThat(tables).extracting(PdfTable::rows).containsExactlyElementsOf(document.truth());
  }

  private List<PdfTable> find(TableCorpus.Document document) {
    try (PDDocument pdf = Loader.loadPDF(document.pdf().toFile())) {
      List<PdfTable> tables = new ArrayList<>();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        tables.addAll(finder.find(pdf, page));
      }
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(Map<String, TableScore.Result> results) {
    System.out.println("| producer/style | truth cells | correct | accuracy | spurious tables |");
    System.out.println("|---|---:|---:|---:|---:|");
    results.forEach(
        (group, result) ->
            System.out.printf(
                "| %s | %d | %d | %.1f%% | %d |%n",
                group,
                result.truthCells(),
                result.correctCells(),
                100 * result.accuracy(),
                result.spuriousTables()));
  }
}
