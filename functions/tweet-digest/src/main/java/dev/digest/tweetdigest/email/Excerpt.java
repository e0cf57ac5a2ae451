package dev.digest.tweetdigest.email;

/** Shortens a post to a one-paragraph excerpt, so a long thread does not swamp a card. */
final class Excerpt {
  /** The longest excerpt, in code points, before the ellipsis. */
  static final int MAX_CODE_POINTS = 220;

  private Excerpt() {}

  /** Collapses whitespace and cuts at a word boundary near the limit, never inside a surrogate. */
  static String of(String text) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) <= MAX_CODE_POINTS) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, MAX_CODE_POINTS);
    int space = flat.lastIndexOf(' ', end);
    if (space > end * 2 / 3) {
      end = space;
    }
    return flat.substring(0, end).stripTrailing() + "…";
  }
}
