package dev.digest.tweetdigest.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gemini's {@code generateContent} REST call with structured JSON output, so the answer comes back
 * in the requested shape; 429, 5xx and I/O failures are retried with backoff and jitter, other 4xx
 * are not.
 */
public final class GeminiClient implements LlmClient {
  private static final Log LOG = Log.of(GeminiClient.class);
  private static final int MAX_ERROR_CHARS = 300;

  private final HttpClient http;
  private final URI endpoint;
  private final String apiKey;
  private final Duration timeout;
  private final int maxAttempts;
  private final Duration backoff;
  private final AtomicLong calls = new AtomicLong();

  /**
   * A client for one model.
   *
   * @param baseUrl such as {@code https://generativelanguage.googleapis.com}
   * @param model such as {@code gemini-2.5-flash}
   * @param apiKey sent as {@code x-goog-api-key}; never logged
   * @param timeout one request's timeout
   * @param maxAttempts tries per call, at least 1
   * @param backoff the first retry's delay
   */
  public GeminiClient(
      URI baseUrl,
      String model,
      String apiKey,
      Duration timeout,
      int maxAttempts,
      Duration backoff) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/v1beta/models/" + model + ":generateContent");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.timeout = timeout;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.backoff = backoff;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** A client from the configuration and an already resolved key. */
  public static GeminiClient of(LlmConfig config, String apiKey) {
    return new GeminiClient(
        config.geminiBaseUrl(),
        config.geminiModel(),
        apiKey,
        config.timeout(),
        config.maxAttempts(),
        config.backoff());
  }

  @Override
  public String generateJson(String system, String prompt, JsonSchema schema) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("x-goog-api-key", apiKey)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.write(body(system, prompt, schema)), StandardCharsets.UTF_8))
            .build();
    LlmException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause(attempt - 1);
      }
      try {
        return answer(send(request));
      } catch (LlmException e) {
        if (!e.retryable()) {
          throw e;
        }
        last = e;
        LOG.warn(
            "Gemini call failed",
            "attempt",
            attempt,
            "maxAttempts",
            maxAttempts,
            "reason",
            e.getMessage());
      }
    }
    throw last;
  }

  @Override
  public long calls() {
    return calls.get();
  }

  @Override
  public String name() {
    return "gemini";
  }

  private HttpResponse<String> send(HttpRequest request) {
    calls.incrementAndGet();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LlmException("Gemini request failed: " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException("Interrupted while calling Gemini", false, e);
    }
  }

  private static String answer(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status != 200) {
      boolean retryable = status == 429 || status >= 500;
      throw new LlmException(
          "Gemini answered HTTP " + status + ": " + errorMessage(response.body()), retryable);
    }
    JsonNode root;
    try {
      root = Json.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new LlmException("Gemini's response is not JSON", false, e);
    }
    String blockReason = root.path("promptFeedback").path("blockReason").asText("");
    if (!blockReason.isEmpty()) {
      throw new LlmException("Gemini blocked the prompt: " + blockReason, false);
    }
    JsonNode candidate = root.path("candidates").path(0);
    if (candidate.isMissingNode()) {
      throw new LlmException("Gemini returned no candidate", false);
    }
    String finishReason = candidate.path("finishReason").asText("STOP");
    if (!"STOP".equals(finishReason)) {
      throw new LlmException("Gemini stopped early: " + finishReason, false);
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : candidate.path("content").path("parts")) {
      if (!part.path("thought").asBoolean(false) && part.has("text")) {
        text.append(part.get("text").asText());
      }
    }
    if (text.isEmpty()) {
      throw new LlmException("Gemini's candidate has no text", false);
    }
    return text.toString();
  }

  private static ObjectNode body(String system, String prompt, JsonSchema schema) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
    ObjectNode content = body.putArray("contents").addObject().put("role", "user");
    content.putArray("parts").addObject().put("text", prompt);
    ObjectNode generation = body.putObject("generationConfig");
    generation.put("responseMimeType", "application/json");
    generation.set("responseSchema", schema.openApi());
    generation.put("temperature", 0);
    return body;
  }

  private static String errorMessage(String body) {
    String message;
    try {
      message = Json.parse(body).path("error").path("message").asText(body);
    } catch (IllegalArgumentException e) {
      message = body;
    }
    return message.length() > MAX_ERROR_CHARS ? message.substring(0, MAX_ERROR_CHARS) : message;
  }

  private void pause(int retry) {
    long base = backoff.toMillis() << Math.min(retry - 1, 10);
    long delay = base + (base > 0 ? ThreadLocalRandom.current().nextLong(base / 2 + 1) : 0);
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException("Interrupted while backing off", false, e);
    }
  }
}
