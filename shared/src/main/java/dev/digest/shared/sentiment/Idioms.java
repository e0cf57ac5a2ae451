package dev.digest.shared.sentiment;

import java.util.Map;

/**
 * Phrases whose sentiment is not the sum of their words ("the bomb", "bad ass", "yeah right"), and
 * two-word dampeners ("kind of"), checked as the reference does around each sentiment word.
 */
final class Idioms {
  private static final Map<String, Double> SPECIAL_CASES =
      Map.of(
          "the shit", 3.0,
          "the bomb", 3.0,
          "bad ass", 1.5,
          "badass", 1.5,
          "bus stop", 0.0,
          "yeah right", -2.0,
          "kiss of death", -1.5,
          "to die for", 3.0,
          "beating heart", 3.5);

  private Idioms() {}

  /** The valence of word {@code i} (at least the fourth word) after the idiom rules. */
  static double apply(double valence, String[] lower, int i) {
    String oneZero = lower[i - 1] + " " + lower[i];
    String twoOneZero = lower[i - 2] + " " + oneZero;
    String twoOne = lower[i - 2] + " " + lower[i - 1];
    String threeTwoOne = lower[i - 3] + " " + twoOne;
    String threeTwo = lower[i - 3] + " " + lower[i - 2];
    double v = valence;
    for (String sequence : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
      Double special = SPECIAL_CASES.get(sequence);
      if (special != null) {
        v = special;
        break;
      }
    }
    if (lower.length - 1 > i) {
      String zeroOne = lower[i] + " " + lower[i + 1];
      v = SPECIAL_CASES.getOrDefault(zeroOne, v);
      if (lower.length - 1 > i + 1) {
        v = SPECIAL_CASES.getOrDefault(zeroOne + " " + lower[i + 2], v);
      }
    }
    for (String nGram : new String[] {threeTwoOne, threeTwo, twoOne}) {
      v += Boosters.scalar(nGram);
    }
    return v;
  }
}
