package dev.digest.shared.sentiment;

/**
 * VADER's four numbers for one text, so callers can use the single compound score or the
 * proportions. For a text with no words every value is 0, as in the reference implementation.
 *
 * @param compound the normalised sum of the word valences, from -1 (most negative) to +1
 * @param positive the proportion of the text's weight that is positive, from 0 to 1
 * @param negative the proportion of the text's weight that is negative, from 0 to 1
 * @param neutral the proportion of the text's weight that is neutral, from 0 to 1
 */
public record Scores(double compound, double positive, double negative, double neutral) {
  /** VADER's conventional threshold: a compound of at least +0.05 is positive, -0.05 negative. */
  public static final double DEFAULT_THRESHOLD = 0.05;

  /** The scores of a text without words. */
  static final Scores NONE = new Scores(0, 0, 0, 0);

  /** Classifies with the conventional threshold of 0.05. */
  public Sentiment label() {
    return label(DEFAULT_THRESHOLD);
  }

  /** Classifies: compound at least {@code threshold} is positive, at most its negation negative. */
  public Sentiment label(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + threshold);
    }
    if (compound >= threshold) {
      return Sentiment.POSITIVE;
    }
    if (compound <= -threshold) {
      return Sentiment.NEGATIVE;
    }
    return Sentiment.NEUTRAL;
  }
}
