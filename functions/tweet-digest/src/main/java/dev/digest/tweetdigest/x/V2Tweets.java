package dev.digest.tweetdigest.x;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps X API v2 tweet objects to posts, shared by the API and the JSON file sources so both read
 * the same shape the same way.
 */
final class V2Tweets {

  /** A response or file that is JSON but not the shape X documents. */
  static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
      super(message);
    }
  }

  private V2Tweets() {}

  /**
   * The picture of each media key in {@code includes.media}: a photo's {@code url}, else a video's
   * or GIF's {@code preview_image_url}.
   */
  static Map<String, String> mediaUrls(JsonNode document) {
    JsonNode media = document.path("includes").path("media");
    Map<String, String> urls = new HashMap<>();
    if (media.isMissingNode() || media.isNull()) {
      return urls;
    }
    if (!media.isArray()) {
      throw new ShapeException("includes.media is not an array");
    }
    for (JsonNode item : media) {
      String key = item.path("media_key").asText(null);
      String url = text(item, "url");
      if (url == null) {
        url = text(item, "preview_image_url");
      }
      if (key != null && url != null) {
        urls.put(key, url);
      }
    }
    return urls;
  }

  /** The {@code data} array, empty when absent (as in a page with {@code result_count: 0}). */
  static List<JsonNode> data(JsonNode document, String field) {
    JsonNode data = document.path(field);
    if (data.isMissingNode() || data.isNull()) {
      return List.of();
    }
    if (!data.isArray()) {
      throw new ShapeException(field + " is not an array");
    }
    List<JsonNode> items = new ArrayList<>();
    data.forEach(items::add);
    return items;
  }

  /** One tweet object as a post by {@code username}. */
  static Post toPost(JsonNode tweet, String username, Map<String, String> mediaUrls) {
    if (!tweet.isObject()) {
      throw new ShapeException("a tweet is not an object");
    }
    String id = required(tweet, "id");
    String text = tweet.path("note_tweet").path("text").asText(null);
    if (text == null) {
      text = required(tweet, "text");
    }
    Instant createdAt;
    try {
      createdAt = Instant.parse(required(tweet, "created_at"));
    } catch (DateTimeParseException e) {
      throw new ShapeException("tweet " + id + " has an unreadable created_at");
    }
    boolean repost = false;
    boolean reply = false;
    for (JsonNode reference : tweet.path("referenced_tweets")) {
      String type = reference.path("type").asText("");
      repost |= "retweeted".equals(type);
      reply |= "replied_to".equals(type);
    }
    List<String> media = new ArrayList<>();
    for (JsonNode key : tweet.path("attachments").path("media_keys")) {
      String url = mediaUrls.get(key.asText());
      if (url != null) {
        media.add(url);
      }
    }
    JsonNode metrics = tweet.path("public_metrics");
    return new Post(
        id,
        text(tweet, "author_id"),
        username,
        text,
        createdAt,
        Post.urlOf(username, id),
        metrics.isObject()
            ? new PostMetrics(
                metrics.path("like_count").asLong(),
                metrics.path("retweet_count").asLong(),
                metrics.path("reply_count").asLong(),
                metrics.path("quote_count").asLong())
            : PostMetrics.NONE,
        repost,
        reply,
        media);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new ShapeException("a tweet has no " + field);
    }
    return value;
  }
}
