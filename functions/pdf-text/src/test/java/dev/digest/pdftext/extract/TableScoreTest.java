package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableScoreTest {
  private static final List<List<String>> TRUTH =
      List.of(List.of("Item", "Qty"), List.of("Desk", "2"), List.of("Chair", ""));
  private static final PdfTable.Box BOX = new PdfTable.Box(0, 0, 100, 50);

  @Test
  void score_sameCellsWithOtherWhitespace_isPerfect() {
    PdfTable found =
        table(List.of(List.of("Item ", "Qty"), List.of("Desk", " 2"), List.of("Chair", "")));

    TableScore.Result result = TableScore.score(List.of(TRUTH), List.of(found));

    assertThat(result).isEqualTo(new TableScore.Result(6, 6, 0));
    assertThat(result.accuracy()).isEqualTo(1.0);
  }

  @Test
  void score_strayHeadingRowAbove_costsNothingButThatRow() {
    PdfTable found =
        table(
            List.of(
                List.of("Stock", ""),
                List.of("Item", "Qty"),
                List.of("Desk", "2"),
                List.of("Chair", "")));

    assertThat(TableScore.score(List.of(TRUTH), List.of(found)).correctCells()).isEqualTo(6);
  }

  @Test
  void score_twoCellsReadAsOne_losesBoth() {
    PdfTable found =
        table(List.of(List.of("Item", "Qty"), List.of("Desk 2", ""), List.of("Chair", "")));

    assertThat(TableScore.score(List.of(TRUTH), List.of(found)).correctCells()).isEqualTo(4);
  }

  @Test
  void score_tableSharingNoText_isSpuriousAndTruthMissed() {
    PdfTable found = table(List.of(List.of("Name", "Role"), List.of("Ann", "Chef")));

    assertThat(TableScore.score(List.of(TRUTH), List.of(found)))
        .isEqualTo(new TableScore.Result(6, 0, 1));
  }

  @Test
  void plus_twoResults_addsEachCount() {
    TableScore.Result sum = new TableScore.Result(10, 7, 1).plus(new TableScore.Result(5, 5, 0));

    assertThat(sum).isEqualTo(new TableScore.Result(15, 12, 1));
    assertThat(sum.accuracy()).isEqualTo(0.8);
  }

  private static PdfTable table(List<List<String>> rows) {
    return new PdfTable(PdfTable.STREAM, BOX, rows);
  }
}
