package dev.digest.shared.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentResultTest {
  @ParameterizedTest
  @CsvSource({
    "0.05, positive, 0.05",
    "0.8, positive, 0.8",
    "0.0499, neutral, 0.9501",
    "0, neutral, 1",
    "-0.0499, neutral, 0.9501",
    "-0.05, negative, 0.05",
    "-0.6, negative, 0.6"
  })
  void lexicon_compound_mapsToLabelAndScoreAtPlusMinus005(
      double compound, String sentiment, double score) {
    SentimentResult result = SentimentResult.lexicon(new Scores(compound, 0, 0, 0));

    assertThat(result.sentiment()).isEqualTo(sentiment);
    assertThat(result.score()).isCloseTo(score, within(1e-12));
    assertThat(result.source()).isEqualTo(SentimentResult.LEXICON);
  }
}
