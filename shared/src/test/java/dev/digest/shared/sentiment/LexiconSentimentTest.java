package dev.digest.shared.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconSentimentTest {
  private static final LexiconSentiment VADER = LexiconSentiment.standard();

  private static double compound(String text) {
    return VADER.analyse(text).compound();
  }

  @Test
  void analyse_singleLexiconWord_isItsValenceNormalised() {
    // "good" has mean valence 1.9 in the lexicon: 1.9 / sqrt(1.9^2 + 15).
    assertThat(compound("good")).isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"good, not good", "happy, never happy", "great, isn't great", "bad, not bad"})
  void analyse_negationBefore_flipsAndDampsTheValence(String plain, String negated) {
    double p = compound("The day was " + plain);
    double n = compound("The day was " + negated);
    assertThat(Math.signum(n)).isEqualTo(-Math.signum(p));
    assertThat(Math.abs(n)).isLessThan(Math.abs(p));
  }

  @Test
  void analyse_negationThreeWordsBefore_stillFlips() {
    assertThat(compound("it is not the most good")).isNegative();
    assertThat(compound("not a b c good")).isPositive(); // four words back is out of reach
  }

  @ParameterizedTest
  @ValueSource(strings = {"very", "extremely", "really", "so"})
  void analyse_booster_increasesMagnitude(String booster) {
    assertThat(compound("it is " + booster + " good")).isGreaterThan(compound("it is good"));
    assertThat(compound("it is " + booster + " bad")).isLessThan(compound("it is bad"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"slightly", "kind of", "sort of", "barely"})
  void analyse_dampener_decreasesMagnitude(String dampener) {
    assertThat(compound("it is " + dampener + " good")).isLessThan(compound("it is good"));
    assertThat(compound("it is " + dampener + " good")).isPositive();
  }

  @Test
  void analyse_kindOf_isNotTheLexiconWordKind() {
    // "kind" alone is a positive word (2.4); in "kind of" it only dampens.
    assertThat(compound("he was kind")).isPositive();
    assertThat(compound("kind of")).isZero();
  }

  @Test
  void analyse_allCapsWordInMixedCaseText_increasesMagnitude() {
    assertThat(compound("The food is GREAT")).isGreaterThan(compound("The food is great"));
    assertThat(compound("The food is AWFUL")).isLessThan(compound("The food is awful"));
  }

  @Test
  void analyse_allCapsText_isNotEmphasis() {
    assertThat(compound("THE FOOD IS GREAT")).isEqualTo(compound("the food is great"));
  }

  @Test
  void analyse_but_weightsTheLaterClauseMore() {
    // great (3.1) outweighs bad (-2.5); after "but", bad counts 1.5 times and great half.
    double plain = compound("the food was great and the service was bad");
    double withBut = compound("the food was great but the service was bad");
    assertThat(plain).isPositive();
    assertThat(withBut).isNegative();
    assertThat(withBut).isLessThan(plain);
  }

  @Test
  void analyse_leastBeforeWord_negatesUnlessAtLeast() {
    assertThat(compound("the least happy")).isNegative();
    assertThat(compound("at least happy")).isPositive();
  }

  @Test
  void analyse_idiom_replacesTheWordsValence() {
    assertThat(compound("this song is the bomb")).isGreaterThan(0.5);
    assertThat(compound("that was shit")).isNegative();
    assertThat(compound("that was the shit")).isGreaterThan(0.5);
    assertThat(compound("you are bad")).isNegative();
    assertThat(compound("you are a bad ass")).isGreaterThan(0.5);
  }

  @Test
  void analyse_emoji_scoresItsDescription() {
    assertThat(compound("\uD83D\uDE01")).isPositive(); // beaming face with smiling eyes
    assertThat(compound("\uD83D\uDE22")).isNegative(); // crying face
    assertThat(compound("nice\uD83D\uDE01"))
        .isEqualTo(compound("nice beaming face with smiling eyes"));
  }

  @ParameterizedTest
  @CsvSource({":), POSITIVE", ":(, NEGATIVE", "<3, POSITIVE", "</3, NEGATIVE", ":D, POSITIVE"})
  void analyse_emoticon_scoresFromTheLexicon(String emoticon, Sentiment expected) {
    assertThat(VADER.analyse("today " + emoticon).label()).isEqualTo(expected);
  }

  @Test
  void analyse_exclamationMarks_amplifyUpToFour() {
    double one = compound("good!");
    double four = compound("good!!!!");
    assertThat(one).isGreaterThan(compound("good"));
    assertThat(four).isGreaterThan(one);
    assertThat(compound("good!!!!!!!!")).isEqualTo(four);
    assertThat(compound("bad!!")).isLessThan(compound("bad"));
  }

  @Test
  void analyse_questionMarks_amplifyFromTwo() {
    assertThat(compound("good?")).isEqualTo(compound("good"));
    assertThat(compound("good??")).isGreaterThan(compound("good"));
    assertThat(compound("good????")).isGreaterThan(compound("good???"));
  }

  @Test
  void analyse_punctuationWithoutSentimentWords_staysNeutral() {
    assertThat(compound("what is this!!!???")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n  \u00a0", "\u3000"})
  void analyse_emptyOrBlankText_isNeutralZero(String text) {
    Scores scores = VADER.analyse(text);
    assertThat(scores).isEqualTo(new Scores(0, 0, 0, 0));
    assertThat(scores.label()).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void analyse_nullText_failsWithAClearMessage() {
    assertThatThrownBy(() -> VADER.analyse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("must not be null");
  }

  @Test
  void analyse_proportions_sumToOne() {
    Scores s = VADER.analyse("The plot was good, but the characters are dull and the dialog bad.");
    assertThat(s.positive() + s.negative() + s.neutral()).isCloseTo(1.0, within(1e-9));
    assertThat(s.positive()).isPositive();
    assertThat(s.negative()).isPositive();
  }

  @Test
  void analyse_oneMegabyteText_finishesQuicklyWithinBounds() {
    String sentence = "The service was VERY good but the food was not great \uD83D\uDE22 :( !? ";
    String text = sentence.repeat(1_000_000 / sentence.length() + 1);
    assertThat(text.length()).isGreaterThanOrEqualTo(1_000_000);
    Scores scores = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> VADER.analyse(text));
    assertThat(scores.compound()).isBetween(-1.0, 1.0).isNotZero();
    assertThat(scores.positive() + scores.negative() + scores.neutral())
        .isCloseTo(1.0, within(1e-6));
  }

  @Test
  void analyse_concurrentCallers_getTheSameScores() throws Exception {
    String text = "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!";
    Scores expected = VADER.analyse(text);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Scores>>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> VADER.analyse(text)));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    }
  }
}
