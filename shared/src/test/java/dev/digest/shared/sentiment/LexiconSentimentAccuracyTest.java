package dev.digest.shared.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the paper's 4,200 human-rated tweets, printed for docs/sentiment-lexicon.md; floors
 * sit just below the measured figures (identical to the reference package's).
 */
class LexiconSentimentAccuracyTest {
  private static final LexiconSentiment VADER = LexiconSentiment.standard();
  private static final List<Sentiment> THREE =
      List.of(Sentiment.POSITIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL);
  private static final List<Sentiment> TWO = List.of(Sentiment.POSITIVE, Sentiment.NEGATIVE);

  @Test
  void analyse_humanRatedTweets_classifiesAboveTheMeasuredFloor() {
    List<Tweets.Tweet> tweets = Tweets.load().all();
    List<Classification.Pair> pairs =
        tweets.stream()
            .map(t -> new Classification.Pair(t.truth(), VADER.analyse(t.text()).label()))
            .toList();
    Classification three = Classification.of(pairs, THREE);
    Classification two =
        Classification.of(pairs.stream().filter(p -> p.truth() != Sentiment.NEUTRAL).toList(), TWO);
    System.out.println(three.describe("3-class", THREE));
    System.out.println(two.describe("2-class", TWO));

    assertThat(three.n()).isEqualTo(4200);
    assertThat(three.accuracy()).isGreaterThan(0.905);
    assertThat(three.macroF1()).isGreaterThan(0.68);
    assertThat(three.weightedF1()).isGreaterThan(0.92);
    assertThat(two.n()).isEqualTo(4092);
    assertThat(two.accuracy()).isGreaterThan(0.92);
    assertThat(two.macroF1()).isGreaterThan(0.945);
  }

  @Test
  void analyse_humanRatedTweets_throughputIsReported() {
    List<String> texts = Tweets.load().all().stream().map(Tweets.Tweet::text).toList();
    double sink = 0;
    for (int warm = 0; warm < 5; warm++) {
      for (String t : texts) {
        sink += VADER.analyse(t).compound();
      }
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) {
        sink += VADER.analyse(t).compound();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = rounds * texts.size() / seconds;
    System.out.printf("Throughput: %.0f tweets/s on one thread (checksum %.3f)%n", perSecond, sink);
    assertThat(perSecond).isGreaterThan(5_000);
  }
}
