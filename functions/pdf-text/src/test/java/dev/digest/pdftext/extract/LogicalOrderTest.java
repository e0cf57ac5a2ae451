package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalOrderTest {
  /** The glyph units of a line as a viewer shows it, left to right. */
  private static List<String> visual(String... units) {
    return new ArrayList<>(List.of(units));
  }

  @Test
  void of_latinLine_keepsOrder() {
    assertThat(LogicalOrder.of(visual("a", "b", " ", "c"))).isEqualTo("ab c");
  }

  @Test
  void of_arabicLineInVisualOrder_isReversedToLogical() {
    // "مرحبا بكم" shown right to left: the last letter is leftmost.
    assertThat(LogicalOrder.of(visual("م", "ك", "ب", " ", "ا", "ب", "ح", "ر", "م")))
        .isEqualTo("مرحبا بكم");
  }

  @Test
  void of_ligatureUnit_keepsItsLettersInOrder() {
    // A lam-alef ligature glyph stands for two letters in logical order: it must not be split.
    assertThat(LogicalOrder.of(visual("م", "لا", "س"))).isEqualTo("سلام");
  }

  @Test
  void of_digitsInArabicLine_stayLeftToRight() {
    assertThat(LogicalOrder.of(visual("1", "2", " ", "ب", "ا", "ب"))).isEqualTo("باب 12");
  }
}
