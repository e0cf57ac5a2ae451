package dev.digest.tweetdigest.model;

import java.util.List;

/**
 * What a post source returned, and what it could not, so the digest can say it is partial.
 *
 * @param posts the posts fetched, newest first per account
 * @param notices human-readable notes on what is missing, such as an account skipped because its
 *     rate-limit reset was beyond the time budget; empty when complete
 */
public record FetchResult(List<Post> posts, List<String> notices) {
  public FetchResult {
    posts = List.copyOf(posts);
    notices = List.copyOf(notices);
  }
}
