package dev.digest.tweetdigest.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post as the digest uses it, whatever source it came from (X API v2, a JSON file or an S3
 * object of the same shape), so every later stage reads one type.
 *
 * @param id the post id (X's numeric string)
 * @param authorId the author's account id
 * @param username the author's handle, without {@code @}
 * @param text the full text
 * @param createdAt when it was posted
 * @param url the post's canonical URL, {@code https://x.com/<username>/status/<id>}
 * @param metrics its public counters
 * @param repost whether it is a repost (retweet) of another post
 * @param reply whether it replies to another post
 * @param mediaUrls URLs of attached photos or video previews, possibly empty
 */
public record Post(
    String id,
    String authorId,
    String username,
    String text,
    Instant createdAt,
    String url,
    PostMetrics metrics,
    boolean repost,
    boolean reply,
    List<String> mediaUrls) {

  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(createdAt, "createdAt");
    metrics = metrics == null ? PostMetrics.NONE : metrics;
    mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
  }

  /** The canonical URL of a post. */
  public static String urlOf(String username, String id) {
    return "https://x.com/" + username + "/status/" + id;
  }
}
