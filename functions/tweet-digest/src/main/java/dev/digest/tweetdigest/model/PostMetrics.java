package dev.digest.tweetdigest.model;

/**
 * A post's public counters, which rank the top posts of a category.
 *
 * @param likes likes
 * @param reposts reposts (retweets)
 * @param replies replies
 * @param quotes quote posts
 */
public record PostMetrics(long likes, long reposts, long replies, long quotes) {

  /** No counters known. */
  public static final PostMetrics NONE = new PostMetrics(0, 0, 0, 0);

  /** One number to rank by: reposts and quotes spread a post further than likes do. */
  public long engagement() {
    return likes + 2 * (reposts + quotes) + replies;
  }
}
