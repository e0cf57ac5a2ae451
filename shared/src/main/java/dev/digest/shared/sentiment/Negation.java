package dev.digest.shared.sentiment;

import java.util.Set;

/**
 * Negations within three words before a sentiment word flip and damp it ("not good" is mildly bad,
 * not as bad as "bad"), with the reference's exceptions for "never so" and "without doubt".
 */
final class Negation {
  /** Empirical scalar applied to a negated valence (VADER's N_SCALAR). */
  static final double SCALAR = -0.74;

  /** Emphasis of "never so good" / "never this good", which praise rather than negate. */
  private static final double NEVER_SO = 1.25;

  private static final Set<String> WORDS =
      Set.of(
          "aint",
          "arent",
          "cannot",
          "cant",
          "couldnt",
          "darent",
          "didnt",
          "doesnt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "daren't",
          "didn't",
          "doesn't",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "mightnt",
          "mustnt",
          "neither",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "mightn't",
          "mustn't",
          "neednt",
          "needn't",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "oughtnt",
          "shant",
          "shouldnt",
          "uhuh",
          "wasnt",
          "werent",
          "oughtn't",
          "shan't",
          "shouldn't",
          "uh-uh",
          "wasn't",
          "weren't",
          "without",
          "wont",
          "wouldnt",
          "won't",
          "wouldn't",
          "rarely",
          "seldom",
          "despite");

  private Negation() {}

  /** Whether a lower-cased word negates: a listed word or any "n't" contraction. */
  static boolean negates(String lower) {
    return WORDS.contains(lower) || lower.contains("n't");
  }

  /**
   * Applies the negation rule for the word {@code distance + 1} places before word {@code i}
   * (distance 0, 1 or 2), as the reference's {@code _negation_check} does.
   */
  static double apply(double valence, String[] lower, int distance, int i) {
    return switch (distance) {
      case 0 -> negates(lower[i - 1]) ? valence * SCALAR : valence;
      case 1 -> {
        if (lower[i - 2].equals("never") && soOrThis(lower[i - 1])) {
          yield valence * NEVER_SO;
        } else if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
          yield valence;
        }
        yield negates(lower[i - 2]) ? valence * SCALAR : valence;
      }
      default -> {
        // The reference's operator precedence: (never and so/this at -2) or so/this at -1.
        if (lower[i - 3].equals("never") && soOrThis(lower[i - 2]) || soOrThis(lower[i - 1])) {
          yield valence * NEVER_SO;
        } else if (lower[i - 3].equals("without")
            && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
          yield valence;
        }
        yield negates(lower[i - 3]) ? valence * SCALAR : valence;
      }
    };
  }

  /** "no" before a word within two places, or three with "or"/"nor" between, negates it. */
  static boolean afterNo(String[] lower, int i) {
    return i > 0 && lower[i - 1].equals("no")
        || i > 1 && lower[i - 2].equals("no")
        || i > 2
            && lower[i - 3].equals("no")
            && (lower[i - 1].equals("or") || lower[i - 1].equals("nor"));
  }

  /**
   * "least" before a word negates it, except in "at least" and "very least". (The reference also
   * requires "least" to be absent from the lexicon, which it is.)
   */
  static double least(double valence, String[] lower, int i) {
    if (i > 1 && lower[i - 1].equals("least")) {
      return lower[i - 2].equals("at") || lower[i - 2].equals("very") ? valence : valence * SCALAR;
    }
    if (i > 0 && lower[i - 1].equals("least")) {
      return valence * SCALAR;
    }
    return valence;
  }

  private static boolean soOrThis(String lower) {
    return lower.equals("so") || lower.equals("this");
  }
}
