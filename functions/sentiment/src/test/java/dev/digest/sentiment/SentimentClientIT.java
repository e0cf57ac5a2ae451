package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.sentiment.LexiconSentiment;
import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.shared.sentiment.client.FakeLambda;
import dev.digest.shared.sentiment.client.FakeLambda.Reply;
import dev.digest.shared.sentiment.client.SentimentClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SentimentClient} against this function's real handler, with the committed tiny model,
 * served by the Lambda Invoke API over HTTP as Lambda would serve it.
 */
class SentimentClientIT {
  private static final String FUNCTION = "sentiment";

  private static SentimentHandler handler;

  @BeforeAll
  static void load() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    handler = new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));
  }

  /** 120 distinct posts built from the tiny model's sample texts. */
  private static List<String> posts() {
    List<String> samples = TinyModel.texts().stream().filter(t -> !t.isBlank()).toList();
    return IntStream.range(0, 120)
        .mapToObj(i -> samples.get(i % samples.size()) + " (" + i + ")")
        .toList();
  }

  private static byte[] invokeHandler(byte[] payload) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(payload), out, null);
    return out.toByteArray();
  }

  /** The handler's own answer, called directly in two requests of 60 texts. */
  private static List<JsonNode> direct(List<String> texts) throws Exception {
    List<JsonNode> results = new ArrayList<>();
    for (int from = 0; from < texts.size(); from += 60) {
      byte[] request =
          Json.mapper()
              .writeValueAsBytes(
                  Map.of("texts", texts.subList(from, Math.min(texts.size(), from + 60))));
      Json.parse(new String(invokeHandler(request), StandardCharsets.UTF_8))
          .path("results")
          .forEach(results::add);
    }
    return results;
  }

  private static Env env(FakeLambda lambda, String maxAttempts) {
    return Env.of(
        Map.of(
            "AWS_REGION",
            "us-east-1",
            "AWS_ENDPOINT_URL_LAMBDA",
            lambda.endpoint(),
            "SENTIMENT_FUNCTION",
            FUNCTION,
            "SENTIMENT_MAX_ATTEMPTS",
            maxAttempts));
  }

  @Test
  void classify_120TextsThroughTheHandler_returnsTheHandlersModelResultsInOrder() throws Exception {
    List<String> texts = posts();
    List<JsonNode> expected = direct(texts);
    try (FakeLambda lambda = FakeLambda.start(i -> Reply.ok(invokeHandler(i.payload())));
        SentimentClient client = SentimentClient.fromEnvironment(env(lambda, "3"))) {

      List<SentimentResult> results = client.classify(texts);

      assertThat(results).hasSize(120);
      assertThat(lambda.invocations()).hasSize(3);
      for (int i = 0; i < results.size(); i++) {
        SentimentResult result = results.get(i);
        assertThat(result.source()).as("source of text %d", i).isEqualTo(SentimentResult.MODEL);
        assertThat(result.sentiment())
            .as("sentiment of text %d", i)
            .isEqualTo(expected.get(i).path("sentiment").asText());
        // Batches are padded to their longest text, which moves scores by under 1e-5.
        assertThat(result.score())
            .as("score of text %d", i)
            .isCloseTo(expected.get(i).path("score").asDouble(), within(1e-4));
      }
    }
  }

  @Test
  void classify_endpointStopped_returnsLexiconResultsForEveryText() {
    List<String> texts = posts();
    FakeLambda lambda = FakeLambda.start(i -> Reply.ok(invokeHandler(i.payload())));
    lambda.close();
    try (SentimentClient client = SentimentClient.fromEnvironment(env(lambda, "2"))) {

      List<SentimentResult> results = client.classify(texts);

      assertThat(results)
          .isEqualTo(
              texts.stream()
                  .map(t -> SentimentResult.lexicon(LexiconSentiment.standard().analyse(t)))
                  .toList());
      assertThat(results).extracting(SentimentResult::source).containsOnly(SentimentResult.LEXICON);
      assertThat(lambda.invocations()).isEmpty();
    }
  }
}
