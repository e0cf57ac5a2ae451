package dev.digest.tweetdigest.x;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.tweetdigest.model.Post;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The X post sources' settings, read once from the environment at init, so a bad value fails before
 * any request is made.
 *
 * @param baseUrl {@code X_API_BASE_URL}, default {@code https://api.x.com}; tests point it at a
 *     stub
 * @param excludeRetweets {@code X_EXCLUDE_RETWEETS}, {@code true} (default) or {@code false}
 * @param excludeReplies {@code X_EXCLUDE_REPLIES}, {@code true} (default) or {@code false}
 * @param concurrency accounts fetched at once ({@code X_CONCURRENCY}, default 4, 1-16)
 * @param maxAttempts tries per request on 5xx or connection errors ({@code X_MAX_ATTEMPTS}, default
 *     4, 1-10)
 * @param tokenSecret {@code X_BEARER_TOKEN_SECRET}: the Secrets Manager secret id or ARN holding
 *     the bearer token, or null
 * @param tokenParameter {@code X_BEARER_TOKEN_PARAMETER}: the SSM SecureString parameter holding
 *     the bearer token, or null
 */
public record XConfig(
    URI baseUrl,
    boolean excludeRetweets,
    boolean excludeReplies,
    int concurrency,
    int maxAttempts,
    String tokenSecret,
    String tokenParameter) {

  public static final String BASE_URL = "X_API_BASE_URL";
  public static final String EXCLUDE_RETWEETS = "X_EXCLUDE_RETWEETS";
  public static final String EXCLUDE_REPLIES = "X_EXCLUDE_REPLIES";
  public static final String CONCURRENCY = "X_CONCURRENCY";
  public static final String MAX_ATTEMPTS = "X_MAX_ATTEMPTS";
  public static final String TOKEN_SECRET = "X_BEARER_TOKEN_SECRET";
  public static final String TOKEN_PARAMETER = "X_BEARER_TOKEN_PARAMETER";

  public static final URI DEFAULT_BASE_URL = URI.create("https://api.x.com");
  public static final int DEFAULT_CONCURRENCY = 4;
  public static final int DEFAULT_MAX_ATTEMPTS = 4;

  public XConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive: " + concurrency);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
    }
  }

  /** Reads the variables; a value that is not a URL, a boolean or in range fails by name. */
  public static XConfig fromEnv(Env env) {
    return new XConfig(
        baseUrl(env),
        bool(env, EXCLUDE_RETWEETS, true),
        bool(env, EXCLUDE_REPLIES, true),
        env.getInt(CONCURRENCY, DEFAULT_CONCURRENCY, 1, 16),
        env.getInt(MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS, 1, 10),
        env.get(TOKEN_SECRET, null),
        env.get(TOKEN_PARAMETER, null));
  }

  /** The X API defaults with both token variables unset, for sources that need no token. */
  public static XConfig defaults() {
    return new XConfig(
        DEFAULT_BASE_URL, true, true, DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, null, null);
  }

  /** The timeline's {@code exclude} parameter: what X should leave out, or empty for nothing. */
  public String excludeParameter() {
    if (excludeRetweets && excludeReplies) {
      return "retweets,replies";
    }
    return excludeRetweets ? "retweets" : excludeReplies ? "replies" : "";
  }

  /** Whether a post passes the exclude settings; the same rule for every source. */
  public boolean keeps(Post post) {
    return !(excludeRetweets && post.repost()) && !(excludeReplies && post.reply());
  }

  private static URI baseUrl(Env env) {
    String raw = env.get(BASE_URL, null);
    if (raw == null) {
      return DEFAULT_BASE_URL;
    }
    try {
      URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "Environment variable " + BASE_URL + " must be an http(s) URL, got '" + raw + "'");
    }
  }

  private static boolean bool(Env env, String name, boolean fallback) {
    String raw = env.get(name, null);
    if (raw == null) {
      return fallback;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ConfigurationException(
              "Environment variable " + name + " must be true or false, got '" + raw + "'");
    };
  }
}
