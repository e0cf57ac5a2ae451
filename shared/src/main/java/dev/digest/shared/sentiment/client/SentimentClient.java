package dev.digest.shared.sentiment.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import dev.digest.shared.sentiment.LexiconSentiment;
import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.shared.sentiment.client.Batches.Batch;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Scores many texts through the sentiment function and always answers, one result per text in
 * order, so that a digest degrades to the lexicon instead of failing when the model cannot answer
 * (batching, retries and fallback: docs/sentiment-client.md).
 */
public final class SentimentClient implements AutoCloseable {
  /** Most texts per invocation. */
  public static final int MAX_TEXTS_PER_INVOKE = 50;

  /** Most request bytes per invocation: Lambda's synchronous limit is 6 MB (6,291,456 bytes). */
  public static final int MAX_REQUEST_BYTES = 5_500_000;

  /**
   * Texts over this many UTF-8 bytes are scored by the lexicon without being sent: the function
   * rejects them (its MAX_TEXT_BYTES default), and the model reads only its first 512 tokens.
   */
  public static final int MAX_TEXT_BYTES = 20_000;

  /** The lexicon reads at most this many chars of a text; its compound saturates long before. */
  static final int LEXICON_MAX_CHARS = 100_000;

  private static final Log LOG = Log.of(SentimentClient.class);

  private final SentimentClientConfig config;
  private final LambdaClient lambda;
  private final ExecutorService executor;
  private final AwsRequestOverrideConfiguration timeouts;
  private final LexiconSentiment lexicon = LexiconSentiment.standard();

  /** A client over {@code lambda}, which it closes on {@link #close()}. */
  public SentimentClient(SentimentClientConfig config, LambdaClient lambda) {
    this.config = Objects.requireNonNull(config, "config");
    this.lambda = Objects.requireNonNull(lambda, "lambda");
    this.executor =
        Executors.newFixedThreadPool(
            config.concurrency(), Thread.ofPlatform().daemon().name("sentiment-", 1).factory());
    this.timeouts =
        AwsRequestOverrideConfiguration.builder()
            .apiCallAttemptTimeout(config.timeout())
            .apiCallTimeout(config.timeout())
            .build();
  }

  /**
   * Reads {@link SentimentClientConfig#fromEnv} and builds the Lambda client with {@link
   * AwsClients}.
   */
  public static SentimentClient fromEnvironment(Env env) {
    SentimentClientConfig config = SentimentClientConfig.fromEnv(env);
    return new SentimentClient(config, AwsClients.fromEnvironment(env).lambda());
  }

  /**
   * Each text's sentiment, in the order given; never fails for an invocation that fails.
   *
   * @throws NullPointerException when {@code texts} or one of them is null
   */
  public List<SentimentResult> classify(List<String> texts) {
    List<String> all = List.copyOf(texts);
    SentimentResult[] results = new SentimentResult[all.size()];
    Batches.Plan plan = Batches.plan(all, MAX_TEXTS_PER_INVOKE, MAX_REQUEST_BYTES, MAX_TEXT_BYTES);
    if (!plan.oversized().isEmpty()) {
      LOG.warn(
          "texts too large to send; scored them with the lexicon",
          "function",
          config.function(),
          "texts",
          plan.oversized().size());
      for (int i : plan.oversized()) {
        results[i] = lexicon(all.get(i));
      }
    }
    List<Future<List<SentimentResult>>> futures = new ArrayList<>(plan.batches().size());
    for (Batch batch : plan.batches()) {
      futures.add(executor.submit(() -> score(batch, all)));
    }
    boolean interrupted = false;
    for (int b = 0; b < futures.size(); b++) {
      List<SentimentResult> scored = null;
      if (!interrupted) {
        try {
          scored = futures.get(b).get();
        } catch (InterruptedException e) {
          interrupted = true;
          futures.forEach(f -> f.cancel(true));
          LOG.warn("interrupted; scoring the rest with the lexicon", "function", config.function());
        } catch (ExecutionException e) {
          LOG.error(
              "batch failed unexpectedly; scored it with the lexicon",
              e.getCause(),
              "function",
              config.function());
        }
      }
      int[] positions = plan.batches().get(b).positions();
      for (int j = 0; j < positions.length; j++) {
        results[positions[j]] = scored != null ? scored.get(j) : lexicon(all.get(positions[j]));
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return List.of(results);
  }

  /** Stops the worker threads and closes the Lambda client. */
  @Override
  public void close() {
    executor.shutdownNow();
    lambda.close();
  }

  /** One batch's results, in its order: from the function where it answered, else the lexicon. */
  private List<SentimentResult> score(Batch batch, List<String> texts) {
    int attempt = 0;
    while (true) {
      attempt++;
      Outcome outcome = invoke(batch);
      if (outcome instanceof Outcome.Answered answered) {
        return merge(batch, answered.results(), texts);
      }
      Outcome.Failed failed = (Outcome.Failed) outcome;
      if (!failed.retryable() || attempt >= config.maxAttempts() || !backOff(attempt)) {
        LOG.warn(
            "sentiment invocation failed; scored the batch with the lexicon",
            "function",
            config.function(),
            "texts",
            batch.positions().length,
            "attempts",
            attempt,
            "failure",
            failed.reason(),
            "retryable",
            failed.retryable());
        List<SentimentResult> results = new ArrayList<>(batch.positions().length);
        for (int position : batch.positions()) {
          results.add(lexicon(texts.get(position)));
        }
        return results;
      }
    }
  }

  private Outcome invoke(Batch batch) {
    InvokeResponse response;
    try {
      response =
          lambda.invoke(
              InvokeRequest.builder()
                  .functionName(config.function())
                  .invocationType(InvocationType.REQUEST_RESPONSE)
                  .payload(SdkBytes.fromByteArrayUnsafe(batch.request()))
                  .overrideConfiguration(timeouts)
                  .build());
    } catch (SdkServiceException e) {
      // 409: the function is being updated (ResourceConflictException), or its SnapStart
      // snapshot is not ready yet (SnapStartNotReadyException); both pass on their own.
      boolean retryable =
          e.isThrottlingException() || e.statusCode() >= 500 || e.statusCode() == 409;
      return new Outcome.Failed(
          e.getClass().getSimpleName() + " (HTTP " + e.statusCode() + ")", retryable);
    } catch (SdkClientException e) {
      // Network errors and timeouts: the SDK's message names the cause, never the payload.
      return new Outcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), true);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(response.payload().asInputStream());
    } catch (IOException e) {
      body = null;
    }
    if (response.functionError() != null) {
      String type = body == null ? "" : body.path("errorType").asText("");
      return new Outcome.Failed(
          "function error " + response.functionError() + " " + type,
          "Unhandled".equals(response.functionError()));
    }
    if (body == null || !body.isObject()) {
      return new Outcome.Failed("response is not a JSON object", false);
    }
    if (body.has("error")) {
      return new Outcome.Failed(
          "function rejected the request: " + body.path("error").path("reason").asText("?"), false);
    }
    JsonNode results = body.path("results");
    if (!results.isArray() || results.size() != batch.positions().length) {
      return new Outcome.Failed(
          "response has " + results.size() + " results for " + batch.positions().length + " texts",
          false);
    }
    return new Outcome.Answered(results);
  }

  private List<SentimentResult> merge(Batch batch, JsonNode answered, List<String> texts) {
    List<SentimentResult> results = new ArrayList<>(batch.positions().length);
    Set<String> reasons = new TreeSet<>();
    int rejected = 0;
    for (int j = 0; j < batch.positions().length; j++) {
      JsonNode item = answered.get(j);
      JsonNode sentiment = item.path("sentiment");
      JsonNode score = item.path("score");
      JsonNode source = item.path("source");
      if (!item.has("error") && sentiment.isTextual() && score.isNumber() && source.isTextual()) {
        results.add(new SentimentResult(sentiment.asText(), score.doubleValue(), source.asText()));
      } else {
        reasons.add(item.path("error").path("reason").asText("malformed"));
        rejected++;
        results.add(lexicon(texts.get(batch.positions()[j])));
      }
    }
    if (!reasons.isEmpty()) {
      LOG.warn(
          "sentiment function could not score some texts; scored them with the lexicon",
          "function",
          config.function(),
          "texts",
          rejected,
          "reasons",
          String.join(",", reasons));
    }
    return results;
  }

  /** Waits before the next attempt; false when interrupted, which ends the retries. */
  private boolean backOff(int attempt) {
    long cap = SentimentClientConfig.MAX_DELAY.toNanos();
    long ceiling = Math.min(cap, config.baseDelay().toNanos());
    for (int i = 1; i < attempt && ceiling < cap; i++) {
      ceiling = Math.min(cap, ceiling * 2);
    }
    try {
      Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1)));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private SentimentResult lexicon(String text) {
    int end = Math.min(text.length(), LEXICON_MAX_CHARS);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return SentimentResult.lexicon(lexicon.analyse(text.substring(0, end)));
  }

  /** What one invocation attempt gave. */
  private sealed interface Outcome {
    /** The function scored the batch; {@code results} has one item per text. */
    record Answered(JsonNode results) implements Outcome {}

    /** No usable answer; {@code reason} never holds the texts. */
    record Failed(String reason, boolean retryable) implements Outcome {}
  }
}
