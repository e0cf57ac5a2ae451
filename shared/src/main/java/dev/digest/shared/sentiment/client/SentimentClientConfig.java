package dev.digest.shared.sentiment.client;

import dev.digest.shared.config.Env;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SentimentClient} reaches the sentiment function, read once from the environment.
 *
 * @param function the function's name or ARN, with an alias or version if wanted ({@code
 *     SENTIMENT_FUNCTION}, required)
 * @param concurrency most invocations in flight at once ({@code SENTIMENT_CONCURRENCY}, default 4,
 *     1-16)
 * @param timeout the limit for one invocation attempt ({@code SENTIMENT_TIMEOUT_SECONDS}, default
 *     30, 1-30; the shared HTTP client's read timeout is 30 s as well)
 * @param maxAttempts attempts per batch, the first included ({@code SENTIMENT_MAX_ATTEMPTS},
 *     default 3, 1-10)
 * @param baseDelay the backoff before the second attempt; it doubles per attempt, up to {@link
 *     #MAX_DELAY}, and each wait is drawn uniformly below it (200 ms; not configurable by
 *     environment)
 */
public record SentimentClientConfig(
    String function, int concurrency, Duration timeout, int maxAttempts, Duration baseDelay) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(200);

  /** The longest wait between two attempts. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(5);

  public SentimentClientConfig {
    if (function == null || function.isBlank()) {
      throw new IllegalArgumentException("function must name the sentiment function");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive: " + concurrency);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    if (baseDelay.isNegative()) {
      throw new IllegalArgumentException("baseDelay must not be negative: " + baseDelay);
    }
  }

  /** The defaults for the given function. */
  public static SentimentClientConfig of(String function) {
    return new SentimentClientConfig(
        function, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY);
  }

  /** Reads the variables; a missing function or a value out of range fails by name. */
  public static SentimentClientConfig fromEnv(Env env) {
    return new SentimentClientConfig(
        env.require("SENTIMENT_FUNCTION"),
        env.getInt("SENTIMENT_CONCURRENCY", DEFAULT_CONCURRENCY, 1, 16),
        Duration.ofSeconds(
            env.getInt("SENTIMENT_TIMEOUT_SECONDS", (int) DEFAULT_TIMEOUT.toSeconds(), 1, 30)),
        env.getInt("SENTIMENT_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS, 1, 10),
        DEFAULT_BASE_DELAY);
  }
}
