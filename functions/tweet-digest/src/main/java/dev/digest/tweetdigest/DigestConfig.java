package dev.digest.tweetdigest;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The digest run's own settings, read once from the environment at init, so a bad value fails
 * before any post is fetched, naming its variable.
 *
 * @param accounts {@code ACCOUNTS}, comma-separated usernames; may be empty when every request
 *     names its accounts
 * @param postSource {@code POST_SOURCE}: {@code x} (default) for the X API, or a local path or
 *     {@code s3://bucket/key} of a JSON document read by {@code JsonPostSource}
 * @param lookbackDays {@code LOOKBACK_DAYS}, default 7 (1-31)
 * @param topPosts {@code TOP_POSTS} per section, default 3 (1-10)
 * @param mode {@code PROCESSING_MODE}: {@code lambda-only} (default), {@code hybrid} or {@code
 *     ec2-only}
 * @param visualCapture {@code ENABLE_VISUAL_CAPTURE}, default false
 * @param visualMinPosts {@code VISUAL_MIN_POSTS}, default 50: in hybrid mode, at least this many
 *     posts request visual capture
 * @param visualMaxAccounts {@code VISUAL_MAX_ACCOUNTS}, default 10: in hybrid mode, more accounts
 *     than this request visual capture
 */
public record DigestConfig(
    List<String> accounts,
    String postSource,
    int lookbackDays,
    int topPosts,
    ProcessingMode mode,
    boolean visualCapture,
    int visualMinPosts,
    int visualMaxAccounts) {

  /** {@code POST_SOURCE} value for the X API. */
  public static final String X_SOURCE = "x";

  /** Where the posts are processed and pictures of them taken. */
  public enum ProcessingMode {
    LAMBDA_ONLY("lambda-only"),
    HYBRID("hybrid"),
    EC2_ONLY("ec2-only");

    private final String value;

    ProcessingMode(String value) {
      this.value = value;
    }

    /** The variable's spelling. */
    public String value() {
      return value;
    }
  }

  public DigestConfig {
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(postSource, "postSource");
    Objects.requireNonNull(mode, "mode");
  }

  /** Reads the variables; a value out of range or unknown fails by name. */
  public static DigestConfig fromEnv(Env env) {
    String accounts = env.get("ACCOUNTS", "");
    return new DigestConfig(
        Arrays.stream(accounts.split(","))
            .map(String::strip)
            .map(s -> s.replaceFirst("^@", ""))
            .filter(s -> !s.isEmpty())
            .toList(),
        env.get("POST_SOURCE", X_SOURCE),
        env.getInt("LOOKBACK_DAYS", 7, 1, 31),
        env.getInt("TOP_POSTS", 3, 1, 10),
        mode(env.get("PROCESSING_MODE", ProcessingMode.LAMBDA_ONLY.value())),
        bool(env, "ENABLE_VISUAL_CAPTURE"),
        env.getInt("VISUAL_MIN_POSTS", 50, 0, 100_000),
        env.getInt("VISUAL_MAX_ACCOUNTS", 10, 0, 10_000));
  }

  /** Whether posts come from the X API rather than a JSON document. */
  public boolean usesXApi() {
    return X_SOURCE.equalsIgnoreCase(postSource);
  }

  private static ProcessingMode mode(String raw) {
    for (ProcessingMode mode : ProcessingMode.values()) {
      if (mode.value().equals(raw.toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new ConfigurationException(
        "Environment variable PROCESSING_MODE must be lambda-only, hybrid or ec2-only, got '"
            + raw
            + "'");
  }

  private static boolean bool(Env env, String name) {
    String raw = env.get(name, "false");
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ConfigurationException(
              "Environment variable " + name + " must be true or false, got '" + raw + "'");
    };
  }
}
