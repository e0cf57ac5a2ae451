package dev.digest.shared.sentiment;

import java.util.Objects;

/**
 * A faithful Java port of VADER (Hutto and Gilbert, 2014; vaderSentiment 3.3.2), the local,
 * dependency-free sentiment fallback for when the model cannot answer.
 *
 * <p>Thread-safe and stateless: {@link #standard()} shares one lexicon across all callers.
 */
public final class LexiconSentiment {
  /** Normalisation constant: a sum of about ±4 per word maps near ±0.7 (VADER's alpha). */
  private static final double ALPHA = 15;

  private static final LexiconSentiment STANDARD = new LexiconSentiment(Lexicon.standard());

  private final Lexicon lexicon;

  private LexiconSentiment(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The analyser over the bundled VADER lexicon, loaded once (about 0.1 s on a cold JVM). */
  public static LexiconSentiment standard() {
    return STANDARD;
  }

  /**
   * Scores a text, best a sentence or a short post; an empty or blank text scores all zeros.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public Scores analyse(String text) {
    Objects.requireNonNull(text, "text to analyse must not be null (pass \"\" for no text)");
    Tokens tokens = Tokens.of(text, lexicon);
    if (tokens.size() == 0) {
      return Scores.NONE;
    }
    double[] valences = new double[tokens.size()];
    for (int i = 0; i < valences.length; i++) {
      valences[i] = isModifier(tokens.lower(), i) ? 0 : valence(tokens, i);
    }
    Contrast.apply(valences, tokens.lower());
    return score(valences, Punctuation.emphasis(tokens.text()));
  }

  /** Boosters and "kind" in "kind of" modify the next word and carry no sentiment themselves. */
  private static boolean isModifier(String[] lower, int i) {
    return Boosters.contains(lower[i])
        || i < lower.length - 1 && lower[i].equals("kind") && lower[i + 1].equals("of");
  }

  /** The valence of word {@code i} after the caps, booster, negation, idiom and "least" rules. */
  private double valence(Tokens tokens, int i) {
    String[] lower = tokens.lower();
    if (!lexicon.contains(lower[i])) {
      return 0;
    }
    double valence = lexicon.valence(lower[i]);
    if (lower[i].equals("no") && i != lower.length - 1 && lexicon.contains(lower[i + 1])) {
      valence = 0; // "no" negates the next word rather than scoring itself
    }
    if (Negation.afterNo(lower, i)) {
      valence = lexicon.valence(lower[i]) * Negation.SCALAR;
    }
    if (tokens.capsDiffer() && PythonText.isUpper(tokens.words()[i])) {
      valence += valence > 0 ? Boosters.CAPS_INCREMENT : -Boosters.CAPS_INCREMENT;
    }
    for (int distance = 0; distance < 3; distance++) {
      int before = i - distance - 1;
      if (before < 0 || lexicon.contains(lower[before])) {
        continue;
      }
      double effect =
          Boosters.effect(tokens.words()[before], lower[before], valence, tokens.capsDiffer());
      if (effect != 0) {
        effect *= distance == 0 ? 1 : distance == 1 ? 0.95 : 0.9;
      }
      valence = Negation.apply(valence + effect, lower, distance, i);
      if (distance == 2) {
        valence = Idioms.apply(valence, lower, i);
      }
    }
    return Negation.least(valence, lower, i);
  }

  /** The compound score and proportions, as the reference's {@code score_valence}. */
  private static Scores score(double[] valences, double emphasis) {
    double sum = 0;
    double positive = 0;
    double negative = 0;
    int neutral = 0;
    for (double v : valences) {
      sum += v;
      if (v > 0) {
        positive += v + 1; // + 1 compensates for neutral words counting 1
      } else if (v < 0) {
        negative += v - 1;
      } else {
        neutral++;
      }
    }
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    if (positive > Math.abs(negative)) {
      positive += emphasis;
    } else if (positive < Math.abs(negative)) {
      negative -= emphasis;
    }
    double total = positive + Math.abs(negative) + neutral;
    return new Scores(
        normalise(sum),
        Math.abs(positive / total),
        Math.abs(negative / total),
        Math.abs(neutral / total));
  }

  /** Maps a sum of valences into [-1, 1]: {@code x / sqrt(x^2 + alpha)}. */
  static double normalise(double sum) {
    double score = sum / Math.sqrt(sum * sum + ALPHA);
    return Math.max(-1, Math.min(1, score));
  }
}
