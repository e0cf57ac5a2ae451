package dev.digest.metadata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A badly broken file must not turn its document into a list of a thousand warnings. */
class WarningsTest {
  @Test
  void add_sameWarningTwice_keepsOne() {
    Warnings warnings = new Warnings();

    warnings.add("XMP larger than the limit");
    warnings.add("XMP larger than the limit");

    assertThat(warnings.toList()).containsExactly("XMP larger than the limit");
  }

  @Test
  void add_moreThanTheMaximum_countsTheRest() {
    Warnings warnings = new Warnings();

    for (int i = 0; i < Warnings.MAX + 5; i++) {
      warnings.add("problem " + i);
    }

    assertThat(warnings.toList())
        .hasSize(Warnings.MAX + 1)
        .endsWith("5 more warnings omitted")
        .startsWith("problem 0");
  }
}
