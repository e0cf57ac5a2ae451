package dev.digest.shared.sentiment.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.sentiment.LexiconSentiment;
import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.shared.sentiment.client.FakeLambda.Invocation;
import dev.digest.shared.sentiment.client.FakeLambda.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Through the real SDK client and HTTP, against {@link FakeLambda}. */
class SentimentClientTest {
  private static final String FUNCTION = "sentiment";
  private static final Pattern POST = Pattern.compile("post (\\d+)");

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
  }

  /** Text {@code i}: positive for the lexicon when even, negative when odd. */
  private static String post(int i) {
    return (i % 2 == 0 ? "I love it, post " : "I hate it, post ") + i;
  }

  private static List<String> posts(int count) {
    return IntStream.range(0, count).mapToObj(SentimentClientTest::post).toList();
  }

  /** What the fake model answers for {@link #post(int) post i}: neutral, score i / 1000. */
  private static SentimentResult modelResult(int i) {
    return new SentimentResult("neutral", i / 1000.0, SentimentResult.MODEL);
  }

  private static SentimentResult lexiconResult(String text) {
    return SentimentResult.lexicon(LexiconSentiment.standard().analyse(text));
  }

  private static List<String> texts(Invocation invocation) {
    List<String> texts = new ArrayList<>();
    Json.parse(invocation.text()).path("texts").forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static int number(String text) {
    Matcher m = POST.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The function's answer to a request, with {@link #modelResult} for each text. */
  private static Reply model(Invocation invocation) {
    ObjectNode response = Json.mapper().createObjectNode();
    ArrayNode results = response.putArray("results");
    for (String text : texts(invocation)) {
      results.addPOJO(modelResult(number(text)));
    }
    response.put("count", results.size()).put("model", "fake");
    return Reply.ok(Json.write(response));
  }

  private static Env env(FakeLambda lambda, String... more) {
    Map<String, String> values = new HashMap<>();
    values.put("AWS_REGION", "us-east-1");
    values.put("AWS_ENDPOINT_URL_LAMBDA", lambda.endpoint());
    for (int i = 0; i < more.length; i += 2) {
      values.put(more[i], more[i + 1]);
    }
    return Env.of(values);
  }

  private static SentimentClient client(FakeLambda lambda, SentimentClientConfig config) {
    return new SentimentClient(config, AwsClients.fromEnvironment(env(lambda)).lambda());
  }

  private static SentimentClientConfig config(int concurrency, Duration timeout, int maxAttempts) {
    return new SentimentClientConfig(
        FUNCTION, concurrency, timeout, maxAttempts, Duration.ofMillis(5));
  }

  private static SentimentClientConfig config() {
    return config(4, Duration.ofSeconds(10), 3);
  }

  @Test
  void classify_120Texts_sendsThreeBatchesOfAtMost50AndKeepsTheOrder() {
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:sentiment:live";
    try (FakeLambda lambda = FakeLambda.start(SentimentClientTest::model);
        SentimentClient client =
            SentimentClient.fromEnvironment(env(lambda, "SENTIMENT_FUNCTION", arn))) {

      List<SentimentResult> results = client.classify(posts(120));

      assertThat(results).isEqualTo(IntStream.range(0, 120).mapToObj(i -> modelResult(i)).toList());
      List<List<String>> batches =
          lambda.invocations().stream()
              .map(SentimentClientTest::texts)
              .sorted(Comparator.comparingInt(b -> number(b.get(0))))
              .toList();
      assertThat(batches).extracting(List::size).containsExactly(50, 50, 20);
      assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(posts(120));
      assertThat(lambda.invocations()).extracting(Invocation::function).containsOnly(arn);
    }
  }

  @Test
  void classify_textsOverTheFunctionsLimit_areScoredByTheLexiconAndNotSent() {
    String fits = post(2) + " " + "a".repeat(SentimentClient.MAX_TEXT_BYTES - post(2).length() - 1);
    String over = post(1) + " " + "é".repeat(SentimentClient.MAX_TEXT_BYTES / 2); // 2 bytes each
    List<String> texts = List.of(post(0), over, fits);
    try (FakeLambda lambda = FakeLambda.start(SentimentClientTest::model);
        SentimentClient client = client(lambda, config())) {

      List<SentimentResult> results = client.classify(texts);

      assertThat(results.get(0)).isEqualTo(modelResult(0));
      assertThat(results.get(1).source()).isEqualTo(SentimentResult.LEXICON);
      assertThat(results.get(2)).isEqualTo(modelResult(2));
      assertThat(lambda.invocations())
          .singleElement()
          .extracting(SentimentClientTest::texts)
          .isEqualTo(List.of(post(0), fits));
    }
  }

  @Test
  void classify_fourBatches_runsThemInParallelUpToTheConcurrency() {
    CountDownLatch bothArrived = new CountDownLatch(2);
    List<Boolean> overlapped = new CopyOnWriteArrayList<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    try (FakeLambda lambda =
            FakeLambda.start(
                invocation -> {
                  mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  try {
                    bothArrived.countDown();
                    // The first two batches return only once both are in flight together.
                    overlapped.add(bothArrived.await(10, TimeUnit.SECONDS));
                    return model(invocation);
                  } finally {
                    inFlight.decrementAndGet();
                  }
                });
        SentimentClient client = client(lambda, config(2, Duration.ofSeconds(20), 1))) {

      List<SentimentResult> results = client.classify(posts(200));

      assertThat(overlapped).hasSize(4).containsOnly(true);
      assertThat(mostInFlight.get()).isEqualTo(2);
      assertThat(results).isEqualTo(IntStream.range(0, 200).mapToObj(i -> modelResult(i)).toList());
    }
  }

  static Stream<Arguments> transientFailures() {
    return Stream.of(
        Arguments.of(Named.of("429 TooManyRequestsException", Reply.throttled())),
        Arguments.of(Named.of("409 SnapStartNotReadyException", Reply.snapStartNotReady())),
        Arguments.of(Named.of("500 ServiceException", Reply.serviceError())),
        Arguments.of(
            Named.of(
                "Unhandled function error",
                Reply.unhandled("java.lang.OutOfMemoryError", "Java heap space"))));
  }

  @ParameterizedTest
  @MethodSource("transientFailures")
  void classify_transientFailureOnce_retriesAndReturnsModelResults(Reply failure) {
    AtomicInteger calls = new AtomicInteger();
    try (FakeLambda lambda =
            FakeLambda.start(i -> calls.getAndIncrement() == 0 ? failure : model(i));
        SentimentClient client = client(lambda, config())) {

      List<SentimentResult> results = client.classify(posts(10));

      assertThat(results).isEqualTo(IntStream.range(0, 10).mapToObj(i -> modelResult(i)).toList());
      assertThat(lambda.invocations()).hasSize(2);
    }
  }

  @Test
  void classify_attemptTimesOut_retriesAndReturnsModelResults() {
    AtomicInteger calls = new AtomicInteger();
    try (FakeLambda lambda =
            FakeLambda.start(
                invocation -> {
                  if (calls.getAndIncrement() == 0) {
                    Thread.sleep(3_000);
                  }
                  return model(invocation);
                });
        SentimentClient client = client(lambda, config(4, Duration.ofMillis(500), 3))) {

      List<SentimentResult> results = client.classify(posts(10));

      assertThat(results).isEqualTo(IntStream.range(0, 10).mapToObj(i -> modelResult(i)).toList());
      assertThat(lambda.invocations()).hasSize(2);
    }
  }

  @Test
  void classify_throttledEveryTime_fallsBackToTheLexiconAfterMaxAttempts() {
    try (FakeLambda lambda = FakeLambda.start(i -> Reply.throttled());
        SentimentClient client = client(lambda, config(4, Duration.ofSeconds(10), 3))) {

      List<SentimentResult> results = client.classify(posts(10));

      assertThat(results)
          .isEqualTo(posts(10).stream().map(SentimentClientTest::lexiconResult).toList());
      assertThat(results).extracting(SentimentResult::sentiment).contains("positive", "negative");
      assertThat(lambda.invocations()).hasSize(3);
    }
  }

  static Stream<Arguments> permanentFailures() {
    return Stream.of(
        Arguments.of(Named.of("413 RequestTooLargeException", Reply.tooLarge())),
        Arguments.of(
            Named.of(
                "the function's error response",
                Reply.ok(
                    "{\"error\":{\"reason\":\"too_many_texts\","
                        + "\"message\":\"'texts' has 120 items; at most 100 per request\"}}"))),
        Arguments.of(Named.of("a response that is not JSON", Reply.ok("<html>"))),
        Arguments.of(
            Named.of(
                "a response with too few results",
                Reply.ok("{\"results\":[],\"count\":0,\"model\":\"fake\"}"))));
  }

  @ParameterizedTest
  @MethodSource("permanentFailures")
  void classify_permanentFailure_fallsBackToTheLexiconWithoutRetrying(Reply failure) {
    try (FakeLambda lambda = FakeLambda.start(i -> failure);
        SentimentClient client = client(lambda, config())) {

      List<SentimentResult> results = client.classify(posts(10));

      assertThat(results)
          .isEqualTo(posts(10).stream().map(SentimentClientTest::lexiconResult).toList());
      assertThat(lambda.invocations()).hasSize(1);
    }
  }

  @Test
  void classify_itemErrorsInAnAnswer_scoresOnlyThoseItemsWithTheLexicon() {
    String response =
        """
        {"results": [
          {"sentiment": "negative", "score": 0.9, "source": "model"},
          {"error": {"reason": "text_too_large", "message": "the text is over 20000 bytes"}},
          {"sentiment": "neutral", "score": 1.0, "source": "empty"},
          {"sentiment": "positive", "score": 0.7, "source": "lexicon"},
          {"surprise": true}
        ], "count": 5, "model": "fake"}
        """;
    List<String> texts = posts(5);
    try (FakeLambda lambda = FakeLambda.start(i -> Reply.ok(response));
        SentimentClient client = client(lambda, config())) {

      List<SentimentResult> results = client.classify(texts);

      assertThat(results)
          .containsExactly(
              new SentimentResult("negative", 0.9, "model"),
              lexiconResult(texts.get(1)),
              new SentimentResult("neutral", 1.0, "empty"),
              new SentimentResult("positive", 0.7, "lexicon"),
              lexiconResult(texts.get(4)));
      assertThat(lambda.invocations()).hasSize(1);
    }
  }

  @Test
  void classify_endpointDown_fallsBackToTheLexicon() {
    FakeLambda stopped = FakeLambda.start(SentimentClientTest::model);
    stopped.close();
    try (SentimentClient client = client(stopped, config(4, Duration.ofSeconds(5), 2))) {

      List<SentimentResult> results = client.classify(posts(60));

      assertThat(results)
          .isEqualTo(posts(60).stream().map(SentimentClientTest::lexiconResult).toList());
    }
  }

  @Test
  void classify_textTooLargeToSendAlone_isScoredByTheLexiconAndNotSent() {
    String huge = "I love it. ".repeat(600_000); // 6.6 MB
    List<String> texts = List.of(post(0), huge, post(2));
    try (FakeLambda lambda = FakeLambda.start(SentimentClientTest::model);
        SentimentClient client = client(lambda, config())) {

      List<SentimentResult> results = client.classify(texts);

      assertThat(results.get(0)).isEqualTo(modelResult(0));
      assertThat(results.get(1).source()).isEqualTo(SentimentResult.LEXICON);
      assertThat(results.get(1).sentiment()).isEqualTo("positive");
      assertThat(results.get(2)).isEqualTo(modelResult(2));
      assertThat(lambda.invocations())
          .singleElement()
          .extracting(SentimentClientTest::texts)
          .isEqualTo(List.of(post(0), post(2)));
    }
  }

  @Test
  void classify_noTexts_invokesNothing() {
    try (FakeLambda lambda = FakeLambda.start(SentimentClientTest::model);
        SentimentClient client = client(lambda, config())) {

      assertThat(client.classify(List.of())).isEmpty();
      assertThat(lambda.invocations()).isEmpty();
    }
  }

  @Test
  void classify_nullText_failsBeforeInvoking() {
    try (FakeLambda lambda = FakeLambda.start(SentimentClientTest::model);
        SentimentClient client = client(lambda, config())) {

      assertThatThrownBy(() -> client.classify(Arrays.asList("fine", null)))
          .isInstanceOf(NullPointerException.class);
      assertThat(lambda.invocations()).isEmpty();
    }
  }
}
