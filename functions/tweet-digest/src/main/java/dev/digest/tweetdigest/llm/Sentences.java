package dev.digest.tweetdigest.llm;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits prose into sentences the same way for validating and for extracting summaries. */
final class Sentences {
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+");

  private Sentences() {}

  /** The non-blank sentences of a text, each stripped. */
  static List<String> of(String text) {
    return Arrays.stream(BOUNDARY.split(text.strip()))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
