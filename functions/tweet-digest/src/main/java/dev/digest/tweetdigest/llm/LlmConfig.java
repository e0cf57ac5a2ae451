package dev.digest.tweetdigest.llm;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The categoriser's and summariser's model settings, read once from the environment at init.
 *
 * @param provider {@code LLM_PROVIDER}: {@code gemini} (default), {@code bedrock} or {@code none};
 *     Gemini without a configured key acts as {@code none}
 * @param geminiBaseUrl {@code GEMINI_BASE_URL}, default {@code
 *     https://generativelanguage.googleapis.com}
 * @param geminiModel {@code GEMINI_MODEL}, default {@code gemini-2.5-flash}
 * @param geminiKeySecret {@code GEMINI_API_KEY_SECRET}: a Secrets Manager secret id holding the
 *     key, or null
 * @param geminiKeyParameter {@code GEMINI_API_KEY_PARAMETER}: an SSM SecureString parameter name
 *     holding the key, or null; the secret wins when both are set
 * @param bedrockModelId {@code BEDROCK_MODEL_ID}, default {@code
 *     anthropic.claude-3-5-haiku-20241022-v1:0}
 * @param batchSize posts per categorisation call ({@code LLM_BATCH_SIZE}, default 100, 1-500)
 * @param timeout one request's timeout ({@code LLM_TIMEOUT_SECONDS}, default 60, 1-300)
 * @param maxAttempts tries per call for 429, 5xx and I/O failures ({@code LLM_MAX_ATTEMPTS},
 *     default 3, 1-10)
 * @param backoff the first retry's delay, doubling each retry, plus up to half again as jitter
 *     ({@code LLM_BACKOFF_MILLIS}, default 1000, 0-60000)
 * @param categories {@code DIGEST_CATEGORIES}, {@code ;}-separated, default {@link
 *     #DEFAULT_CATEGORIES}
 */
public record LlmConfig(
    Provider provider,
    URI geminiBaseUrl,
    String geminiModel,
    String geminiKeySecret,
    String geminiKeyParameter,
    String bedrockModelId,
    int batchSize,
    Duration timeout,
    int maxAttempts,
    Duration backoff,
    List<String> categories) {

  /** Which model answers. */
  public enum Provider {
    GEMINI,
    BEDROCK,
    NONE
  }

  public static final List<String> DEFAULT_CATEGORIES =
      List.of(
          "New AI model releases",
          "Breakthrough research findings",
          "Applications and case studies",
          "Ethical discussions and regulations",
          "Tools and resources");
  public static final String DEFAULT_GEMINI_BASE_URL = "https://generativelanguage.googleapis.com";
  public static final String DEFAULT_GEMINI_MODEL = "gemini-2.5-flash";
  public static final String DEFAULT_BEDROCK_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0";

  public LlmConfig {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(geminiBaseUrl, "geminiBaseUrl");
    Objects.requireNonNull(geminiModel, "geminiModel");
    Objects.requireNonNull(bedrockModelId, "bedrockModelId");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
    }
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories must not be empty");
    }
  }

  /** Reads the variables; a value out of range or an unknown provider fails by name. */
  public static LlmConfig fromEnv(Env env) {
    return new LlmConfig(
        provider(env),
        baseUrl(env),
        env.get("GEMINI_MODEL", DEFAULT_GEMINI_MODEL),
        env.get("GEMINI_API_KEY_SECRET", null),
        env.get("GEMINI_API_KEY_PARAMETER", null),
        env.get("BEDROCK_MODEL_ID", DEFAULT_BEDROCK_MODEL_ID),
        env.getInt("LLM_BATCH_SIZE", 100, 1, 500),
        Duration.ofSeconds(env.getInt("LLM_TIMEOUT_SECONDS", 60, 1, 300)),
        env.getInt("LLM_MAX_ATTEMPTS", 3, 1, 10),
        Duration.ofMillis(env.getInt("LLM_BACKOFF_MILLIS", 1000, 0, 60_000)),
        categories(env));
  }

  /** Whether a Gemini key is configured somewhere it may be read from. */
  public boolean hasGeminiKey() {
    return geminiKeySecret != null || geminiKeyParameter != null;
  }

  private static Provider provider(Env env) {
    String raw = env.get("LLM_PROVIDER", "gemini");
    try {
      return Provider.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "Environment variable LLM_PROVIDER must be gemini, bedrock or none, got '" + raw + "'");
    }
  }

  private static URI baseUrl(Env env) {
    String raw = env.get("GEMINI_BASE_URL", DEFAULT_GEMINI_BASE_URL);
    try {
      URI uri = URI.create(raw);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "Environment variable GEMINI_BASE_URL must be an absolute URL, got '" + raw + "'");
    }
  }

  private static List<String> categories(Env env) {
    String raw = env.get("DIGEST_CATEGORIES", null);
    if (raw == null) {
      return DEFAULT_CATEGORIES;
    }
    List<String> names =
        List.copyOf(
            new LinkedHashSet<>(
                Arrays.stream(raw.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()));
    if (names.isEmpty()) {
      throw new ConfigurationException(
          "Environment variable DIGEST_CATEGORIES must name at least one category");
    }
    return names;
  }
}
