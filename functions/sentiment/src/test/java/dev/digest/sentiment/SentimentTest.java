package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentTest {

  private static final List<String> LABELS = List.of("negative", "neutral", "positive");

  @Test
  void of_logits_softmaxAndArgmax() {
    Sentiment s = Sentiment.of(new float[] {1f, 2f, 3f}, LABELS);

    double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
    assertThat(s.label()).isEqualTo("positive");
    assertThat(s.confidence()).isCloseTo(Math.exp(3) / sum, within(1e-12));
    assertThat(s.probabilities().get(0)).isCloseTo(Math.exp(1) / sum, within(1e-12));
  }

  @Test
  void of_hugeLogits_staysFinite() {
    Sentiment s = Sentiment.of(new float[] {1000f, 999f, -1000f}, LABELS);

    assertThat(s.label()).isEqualTo("negative");
    assertThat(s.confidence()).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-9));
  }

  @Test
  void of_tie_firstLabelWins() {
    assertThat(Sentiment.of(new float[] {0f, 2f, 2f}, LABELS).label()).isEqualTo("neutral");
  }
}
