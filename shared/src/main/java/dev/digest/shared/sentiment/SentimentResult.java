package dev.digest.shared.sentiment;

import java.util.Locale;

/**
 * One text's sentiment as the sentiment function reports it, and the one place the lexicon's
 * compound score becomes such a result, so the function and its callers fall back identically.
 *
 * @param sentiment {@code positive}, {@code negative} or {@code neutral}
 * @param score the confidence in {@code sentiment}, in [0, 1]
 * @param source {@link #MODEL}, {@link #LEXICON} (the fallback) or {@link #EMPTY} (nothing left to
 *     classify after the function cleaned the text)
 */
public record SentimentResult(String sentiment, double score, String source) {
  /** Scored by the sentiment model. */
  public static final String MODEL = "model";

  /** Scored by {@link LexiconSentiment}, because the model could not answer for this text. */
  public static final String LEXICON = "lexicon";

  /** Nothing but links, mentions or whitespace: neutral, score 1. */
  public static final String EMPTY = "empty";

  /**
   * The lexicon rule: compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral; the score is
   * |compound| for positive and negative, 1 − |compound| for neutral.
   */
  public static SentimentResult lexicon(Scores scores) {
    Sentiment label = scores.label();
    double strength = Math.abs(scores.compound());
    return new SentimentResult(
        label.name().toLowerCase(Locale.ROOT),
        label == Sentiment.NEUTRAL ? 1 - strength : strength,
        LEXICON);
  }
}
