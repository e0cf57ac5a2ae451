package dev.digest.sentiment;

import java.util.regex.Pattern;

/**
 * Cleans a social-media post before classification: drops a leading retweet marker ("RT" or "RT
 * &#64;user:"), links and &#64;mentions, keeps the words of hashtags without the '#', and collapses
 * whitespace. These parts carry no sentiment but take tokens from the model's budget.
 */
public final class TextCleaner {

  private static final Pattern RETWEET = Pattern.compile("^\\s*RT\\b:?\\s*");
  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+", Pattern.UNICODE_CHARACTER_CLASS);
  // Not inside a word, so e-mail addresses stay; the colon of "RT @user:" goes with the name.
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\w@])@\\w+:?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\w&#])#(\\w+)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextCleaner() {}

  /** The cleaned text; empty when nothing but links, mentions and whitespace was there. */
  public static String clean(String post) {
    String text = RETWEET.matcher(post).replaceFirst("");
    text = URL.matcher(text).replaceAll(" ");
    text = MENTION.matcher(text).replaceAll(" ");
    text = HASHTAG.matcher(text).replaceAll("$1");
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
