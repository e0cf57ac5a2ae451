package dev.digest.tweetdigest.x;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import dev.digest.tweetdigest.PostSource;
import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Posts from a JSON document in the X API v2 shape, in a local file or an S3 object, so a digest
 * can be built, replayed or tested without the API and its rate limits.
 *
 * <p>The document is an X API v2 timeline response for several users at once:
 *
 * <pre>{@code
 * {
 *   "users":  [{"id": "2244994945", "username": "XDevelopers", "name": "Developers"}],
 *   "tweets": [{"id": "1858...", "author_id": "2244994945", "text": "...",
 *               "created_at": "2026-11-20T10:00:00.000Z",
 *               "public_metrics": {"like_count": 1, "retweet_count": 2,
 *                                  "reply_count": 3, "quote_count": 4},
 *               "referenced_tweets": [{"type": "replied_to", "id": "..."}],
 *               "attachments": {"media_keys": ["3_1858..."]}}],
 *   "includes": {"media": [{"media_key": "3_1858...", "type": "photo", "url": "https://..."}]}
 * }
 * }</pre>
 *
 * <p>{@code users} are the {@code /2/users/by} lookup's {@code data}; {@code tweets} are the
 * timelines' {@code data} concatenated, each tweet naming its author in {@code author_id}; {@code
 * includes.media} is optional. Tweets are kept when their author is asked for, they are not older
 * than {@code since}, and they pass the same exclude settings as the API source (a tweet is a
 * retweet or a reply by its {@code referenced_tweets} types). The deadline does not apply: reading
 * one document is quick. A document that cannot be read or is not this shape fails the fetch,
 * naming its location.
 */
public final class JsonPostSource implements PostSource {
  private final String location;
  private final Supplier<InputStream> opener;
  private final XConfig config;

  private JsonPostSource(String location, Supplier<InputStream> opener, XConfig config) {
    this.location = location;
    this.opener = opener;
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A local file. */
  public static JsonPostSource file(Path path, XConfig config) {
    return new JsonPostSource(
        path.toString(),
        () -> {
          try {
            return Files.newInputStream(path);
          } catch (IOException e) {
            throw new UncheckedIOException("Could not read posts from " + path, e);
          }
        },
        config);
  }

  /** An S3 object. */
  public static JsonPostSource s3(S3Client s3, String bucket, String key, XConfig config) {
    return new JsonPostSource(
        "s3://" + bucket + "/" + key, () -> s3.getObject(b -> b.bucket(bucket).key(key)), config);
  }

  /**
   * An {@code s3://bucket/key} URI, read with the client {@code s3} supplies, or else a local path.
   */
  public static JsonPostSource at(String location, XConfig config, Supplier<S3Client> s3) {
    if (location.startsWith("s3://")) {
      String rest = location.substring("s3://".length());
      int slash = rest.indexOf('/');
      if (slash <= 0 || slash == rest.length() - 1) {
        throw new IllegalArgumentException("Not an s3://bucket/key URI: " + location);
      }
      return s3(s3.get(), rest.substring(0, slash), rest.substring(slash + 1), config);
    }
    return file(Path.of(location), config);
  }

  @Override
  public FetchResult fetch(List<String> usernames, Instant since, Instant deadline) {
    JsonNode document = read();
    try {
      Map<String, String> namesById = new HashMap<>();
      Map<String, String> idsByName = new HashMap<>();
      for (JsonNode user : V2Tweets.data(document, "users")) {
        String id = V2Tweets.text(user, "id");
        String username = V2Tweets.text(user, "username");
        if (id == null || username == null) {
          throw new V2Tweets.ShapeException("a user has no id or username");
        }
        namesById.put(id, username);
        idsByName.put(username.toLowerCase(Locale.ROOT), id);
      }
      Map<String, List<Post>> byAuthor = new LinkedHashMap<>();
      List<String> notices = new ArrayList<>();
      for (String raw : usernames) {
        String name = raw.strip().replaceFirst("^@", "");
        String id = idsByName.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
          notices.add("@" + name + ": not in " + location + "; skipped");
        } else {
          byAuthor.putIfAbsent(id, new ArrayList<>());
        }
      }
      Map<String, String> media = V2Tweets.mediaUrls(document);
      for (JsonNode tweet : V2Tweets.data(document, "tweets")) {
        List<Post> posts = byAuthor.get(V2Tweets.text(tweet, "author_id"));
        if (posts != null) {
          Post post =
              V2Tweets.toPost(tweet, namesById.get(V2Tweets.text(tweet, "author_id")), media);
          if (!post.createdAt().isBefore(since) && config.keeps(post)) {
            posts.add(post);
          }
        }
      }
      List<Post> all = new ArrayList<>();
      for (List<Post> posts : byAuthor.values()) {
        posts.sort(Comparator.comparing(Post::createdAt).reversed());
        all.addAll(posts);
      }
      return new FetchResult(all, notices);
    } catch (V2Tweets.ShapeException e) {
      throw new IllegalStateException(
          "Posts in " + location + " are not in the X API v2 shape: " + e.getMessage(), e);
    }
  }

  private JsonNode read() {
    try (InputStream in = opener.get()) {
      JsonNode document = Json.mapper().readTree(in);
      if (document == null || !document.isObject()) {
        throw new IllegalStateException("Posts in " + location + " are not a JSON object");
      }
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read posts from " + location, e);
    }
  }

  @Override
  public String toString() {
    return "JsonPostSource[" + location + "]";
  }
}
