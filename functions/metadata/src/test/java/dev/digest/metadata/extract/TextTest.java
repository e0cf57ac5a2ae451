package dev.digest.metadata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metadata text arrives padded, NUL-terminated or huge; the document holds it tidy and bounded. */
class TextTest {
  @Test
  void clean_paddedAndNulTerminated_isTrimmed() {
    assertThat(Text.clean("  E-P3            \0\0", 100)).isEqualTo("E-P3");
  }

  @Test
  void clean_whitespaceOnly_isNull() {
    assertThat(Text.clean(" \t\n ", 100)).isNull();
    assertThat(Text.clean(null, 100)).isNull();
  }

  @Test
  void clean_lineBreaksInside_areKept() {
    assertThat(Text.clean("first line\nsecond line", 100)).isEqualTo("first line\nsecond line");
  }

  @Test
  void clean_tooLong_isCutWithoutSplittingASurrogatePair() {
    String text = "ab\uD83D\uDCF7cd"; // a camera emoji is two chars

    assertThat(Text.clean(text, 3)).isEqualTo("ab");
    assertThat(Text.clean(text, 4)).isEqualTo("ab\uD83D\uDCF7");
  }
}
