package dev.digest.shared.sentiment;

import java.util.HashMap;
import java.util.Map;

/**
 * Degree adverbs that scale the next sentiment word up (boosters) or down (dampeners), because
 * "very good" reads stronger than "good" and "kind of good" weaker.
 */
final class Boosters {
  /** Empirical mean rating change a booster adds (VADER's B_INCR). */
  static final double INCREMENT = 0.293;

  /** Empirical mean rating change a dampener adds (VADER's B_DECR). */
  static final double DECREMENT = -0.293;

  /** Empirical mean rating change of a word in ALL CAPS among mixed-case text (C_INCR). */
  static final double CAPS_INCREMENT = 0.733;

  private static final Map<String, Double> SCALARS = scalars();

  private Boosters() {}

  /** Whether a lower-cased word or bigram is a booster or dampener. */
  static boolean contains(String lower) {
    return SCALARS.containsKey(lower);
  }

  /** The scalar of a lower-cased word or bigram, 0 for others. */
  static double scalar(String lower) {
    return SCALARS.getOrDefault(lower, 0.0);
  }

  /**
   * How much a preceding word changes a sentiment word's valence: the scalar pointing the same way
   * as the valence, plus emphasis when the booster itself is shouted.
   */
  static double effect(String word, String lower, double valence, boolean capsDiffer) {
    Double base = SCALARS.get(lower);
    if (base == null) {
      return 0;
    }
    double scalar = valence < 0 ? -base : base;
    if (capsDiffer && PythonText.isUpper(word)) {
      scalar += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
    }
    return scalar;
  }

  private static Map<String, Double> scalars() {
    Map<String, Double> m = new HashMap<>();
    for (String w :
        new String[] {
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerable",
          "considerably",
          "decidedly",
          "deeply",
          "effing",
          "enormous",
          "enormously",
          "entirely",
          "especially",
          "exceptional",
          "exceptionally",
          "extreme",
          "extremely",
          "fabulously",
          "flipping",
          "flippin",
          "frackin",
          "fracking",
          "fricking",
          "frickin",
          "frigging",
          "friggin",
          "fully",
          "fuckin",
          "fucking",
          "fuggin",
          "fugging",
          "greatly",
          "hella",
          "highly",
          "hugely",
          "incredible",
          "incredibly",
          "intensely",
          "major",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "total",
          "totally",
          "tremendous",
          "tremendously",
          "uber",
          "unbelievably",
          "unusually",
          "utter",
          "utterly",
          "very"
        }) {
      m.put(w, INCREMENT);
    }
    for (String w :
        new String[] {
          "almost",
          "barely",
          "hardly",
          "just enough",
          "kind of",
          "kinda",
          "kindof",
          "kind-of",
          "less",
          "little",
          "marginal",
          "marginally",
          "occasional",
          "occasionally",
          "partly",
          "scarce",
          "scarcely",
          "slight",
          "slightly",
          "somewhat",
          "sort of",
          "sorta",
          "sortof",
          "sort-of"
        }) {
      m.put(w, DECREMENT);
    }
    return Map.copyOf(m);
  }
}
