package dev.digest.shared.sentiment;

/** The three classes callers act on, so they never compare compound scores themselves. */
public enum Sentiment {
  POSITIVE,
  NEGATIVE,
  NEUTRAL
}
