package dev.digest.shared.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresTest {
  @ParameterizedTest
  @CsvSource({
    "0.05, POSITIVE",
    "0.0499, NEUTRAL",
    "0, NEUTRAL",
    "-0.0499, NEUTRAL",
    "-0.05, NEGATIVE",
    "1, POSITIVE",
    "-1, NEGATIVE"
  })
  void label_defaultThreshold_isInclusiveAtPlusMinus005(double compound, Sentiment expected) {
    assertThat(new Scores(compound, 0, 0, 0).label()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.5, NEUTRAL", "0.5, 0.5, POSITIVE", "-0.6, 0.5, NEGATIVE", "0, 0, POSITIVE"})
  void label_customThreshold_movesTheNeutralBand(
      double compound, double threshold, Sentiment expected) {
    assertThat(new Scores(compound, 0, 0, 0).label(threshold)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.5, Double.NaN})
  void label_thresholdOutsideZeroToOne_isRejected(double threshold) {
    assertThatThrownBy(() -> new Scores(0.2, 0, 0, 0).label(threshold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
  }
}
