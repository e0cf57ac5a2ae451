package dev.digest.tweetdigest.model;

/**
 * A post with the category it was put in and who chose it, so the digest can mark the posts the
 * offline classifier handled.
 *
 * @param post the post
 * @param category one of the configured category names
 * @param source {@code llm} or {@code offline}
 */
public record Categorised(Post post, String category, String source) {
  public static final String LLM = "llm";
  public static final String OFFLINE = "offline";
}
