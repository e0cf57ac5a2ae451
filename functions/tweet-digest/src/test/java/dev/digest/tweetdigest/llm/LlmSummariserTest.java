package dev.digest.tweetdigest.llm;

import static dev.digest.tweetdigest.llm.TestPosts.RELEASES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.json.Json;
import dev.digest.tweetdigest.Summariser.Summary;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LlmSummariser over GeminiClient against a stub of the generateContent endpoint. */
class LlmSummariserTest {
  private final StubServer stub = new StubServer();
  private final GeminiClient gemini =
      new GeminiClient(
          stub.uri(), "gemini-2.5-flash", "k", Duration.ofSeconds(5), 2, Duration.ZERO);
  private final LlmSummariser summariser = new LlmSummariser(gemini, new ExtractiveSummariser());

  @AfterEach
  void tearDown() {
    stub.close();
  }

  @Test
  void summarise_validAnswer_isTheModelsSummary() {
    stub.replyFixture(200, "gemini-summary-valid.json");

    Summary summary = summariser.summarise(RELEASES, TestPosts.fivePosts());

    assertThat(summary.source()).isEqualTo("llm");
    assertThat(summary.text()).startsWith("OpenAI and Mistral both shipped new models");
    assertThat(stub.requests()).hasSize(1);
    String body = stub.requests().get(0).body();
    assertThat(
            Json.parse(body)
                .at("/generationConfig/responseSchema/properties/summary/type")
                .asText())
        .isEqualTo("STRING");
    assertThat(body).contains(RELEASES, "Mistral Medium 3.1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gemini-summary-one-sentence.json",
        "gemini-summary-too-long.json",
        "gemini-categorise-not-json.json",
        "gemini-blocked.json"
      })
  void summarise_answerBreaksRules_isExtractive(String fixture) {
    stub.replyFixture(200, fixture);

    Summary summary = summariser.summarise(RELEASES, TestPosts.fivePosts());

    assertThat(summary)
        .isEqualTo(new ExtractiveSummariser().summarise(RELEASES, TestPosts.fivePosts()));
    assertThat(summary.source()).isEqualTo("extractive");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void summarise_serverFailsEveryAttempt_isExtractive() {
    stub.replyFixture(503, "gemini-error-500.json").replyFixture(503, "gemini-error-500.json");

    Summary summary = summariser.summarise(RELEASES, TestPosts.fivePosts());

    assertThat(summary.source()).isEqualTo("extractive");
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void summarise_noPosts_makesNoCall() {
    Summary summary = summariser.summarise(RELEASES, java.util.List.of());

    assertThat(summary.source()).isEqualTo("extractive");
    assertThat(stub.requests()).isEmpty();
  }
}
