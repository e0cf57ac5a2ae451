package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCellsTest {
  @Test
  void clean_raggedRowsWithAnEmptyRowAndColumn_padsRowsAndDropsTheEmptyOnes() {
    List<List<String>> rows =
        List.of(
            List.of("Name", " ", "Amount"),
            List.of("", "", ""),
            List.of("Tea", "", "3.10", ""),
            List.of("Coffee"));

    assertThat(TableCells.clean(rows))
        .containsExactly(List.of("Name", "Amount"), List.of("Tea", "3.10"), List.of("Coffee", ""));
  }

  @Test
  void normalize_lineBreaksTabsAndNoBreakSpaces_becomeSingleSpacesTrimmed() {
    assertThat(TableCells.normalize(" Building\u00a0A\r\n\tFloor  3 "))
        .isEqualTo("Building A Floor 3");
  }

  @Test
  void clean_onlyEmptyCells_returnsNoRows() {
    assertThat(TableCells.clean(List.of(List.of("", " "), List.of("\n")))).isEmpty();
  }
}
