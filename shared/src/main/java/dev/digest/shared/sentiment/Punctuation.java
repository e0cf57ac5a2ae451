package dev.digest.shared.sentiment;

/** Exclamation and repeated question marks intensify whatever sentiment the words carry. */
final class Punctuation {
  /** Empirical intensity added per exclamation mark, for up to four (VADER). */
  private static final double EXCLAMATION = 0.292;

  /** Empirical intensity added per question mark when there are two or three (VADER). */
  private static final double QUESTION = 0.18;

  /** Intensity added for four or more question marks (VADER). */
  private static final double MANY_QUESTIONS = 0.96;

  private Punctuation() {}

  /** The emphasis the whole text's punctuation adds to its sentiment's magnitude. */
  static double emphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double amplifier = Math.min(exclamations, 4) * EXCLAMATION;
    if (questions > 3) {
      amplifier += MANY_QUESTIONS;
    } else if (questions > 1) {
      amplifier += questions * QUESTION;
    }
    return amplifier;
  }
}
