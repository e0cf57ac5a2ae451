package dev.digest.tweetdigest.llm;

import static dev.digest.tweetdigest.llm.TestPosts.APPLICATIONS;
import static dev.digest.tweetdigest.llm.TestPosts.CATEGORIES;
import static dev.digest.tweetdigest.llm.TestPosts.ETHICS;
import static dev.digest.tweetdigest.llm.TestPosts.RELEASES;
import static dev.digest.tweetdigest.llm.TestPosts.RESEARCH;
import static dev.digest.tweetdigest.llm.TestPosts.TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Post;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LlmCategoriser over GeminiClient against a stub of the generateContent endpoint. */
class LlmCategoriserTest {
  private static final String KEY = "test-key-not-a-secret";

  private final StubServer stub = new StubServer();
  private final GeminiClient gemini =
      new GeminiClient(
          stub.uri(), "gemini-2.5-flash", KEY, Duration.ofSeconds(5), 3, Duration.ZERO);
  private final LlmCategoriser categoriser =
      new LlmCategoriser(gemini, new OfflineCategoriser(), 100);

  @AfterEach
  void tearDown() {
    stub.close();
  }

  @Test
  void categorise_validAnswer_usesModelCategoriesInOneCall() {
    stub.replyFixture(200, "gemini-categorise-valid.json");

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result)
        .extracting(Categorised::category)
        .containsExactly(RELEASES, RESEARCH, APPLICATIONS, ETHICS, TOOLS);
    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.LLM);
    assertThat(result)
        .extracting(c -> c.post().id())
        .containsExactly("1001", "1002", "1003", "1004", "1005");
    assertThat(gemini.calls()).isEqualTo(1);
    StubServer.Request request = stub.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
    assertThat(request.headers()).containsEntry("x-goog-api-key", KEY);
    JsonNode body = Json.parse(request.body());
    assertThat(body.at("/generationConfig/responseMimeType").asText())
        .isEqualTo("application/json");
    assertThat(body.at("/generationConfig/responseSchema/type").asText()).isEqualTo("OBJECT");
    assertThat(
            body.at(
                    "/generationConfig/responseSchema/properties/assignments/items/properties/category/enum")
                .size())
        .isEqualTo(5);
    assertThat(body.at("/systemInstruction/parts/0/text").asText()).contains("categories");
    assertThat(body.at("/contents/0/parts/0/text").asText()).contains("1001", "1005", TOOLS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gemini-categorise-unknown-category.json, 1002",
    "gemini-categorise-missing-id.json, 1003",
    "gemini-categorise-duplicate-id.json, 1003",
  })
  void categorise_answerBreaksSchemaForOnePost_onlyThatPostIsOffline(
      String fixture, String brokenId) {
    stub.replyFixture(200, fixture);

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result).hasSize(5);
    for (Categorised c : result) {
      boolean broken = c.post().id().equals(brokenId);
      assertThat(c.source()).as(c.post().id()).isEqualTo(broken ? "offline" : "llm");
      assertThat(c.category()).isIn(CATEGORIES);
    }
    Categorised offline =
        result.stream().filter(c -> c.post().id().equals(brokenId)).findFirst().orElseThrow();
    assertThat(offline.category()).isEqualTo(brokenId.equals("1002") ? RESEARCH : APPLICATIONS);
    assertThat(stub.requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gemini-categorise-not-json.json",
    "gemini-categorise-unknown-id.json",
    "gemini-max-tokens.json",
    "gemini-blocked.json",
  })
  void categorise_unusableAnswer_wholeBatchOfflineWithoutRetry(String fixture) {
    stub.replyFixture(200, fixture);

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.OFFLINE);
    assertThat(result)
        .extracting(Categorised::category)
        .containsExactly(RELEASES, RESEARCH, APPLICATIONS, ETHICS, TOOLS);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void categorise_rateLimitedThenSuccess_retriesAndUsesModel() {
    stub.replyFixture(429, "gemini-error-429.json")
        .replyFixture(200, "gemini-categorise-valid.json");

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.LLM);
    assertThat(stub.requests()).hasSize(2);
    assertThat(gemini.calls()).isEqualTo(2);
  }

  @Test
  void categorise_serverErrorEveryAttempt_stopsAtMaxAttemptsAndGoesOffline() {
    for (int i = 0; i < 5; i++) {
      stub.replyFixture(500, "gemini-error-500.json");
    }

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.OFFLINE);
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void categorise_invalidKey_doesNotRetryAndGoesOffline() {
    stub.replyFixture(400, "gemini-error-400.json")
        .replyFixture(200, "gemini-categorise-valid.json");

    List<Categorised> result = categoriser.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.OFFLINE);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void categorise_250PostsInBatchesOf100_makesThreeCallsCarryingSchemaAndEveryId() {
    stub.answerWith(LlmCategoriserTest::assignAllToTools);
    List<Post> posts = TestPosts.many(250);

    List<Categorised> result = categoriser.categorise(posts, CATEGORIES);

    assertThat(result).hasSize(250);
    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.LLM);
    assertThat(result).extracting(c -> c.post()).containsExactlyElementsOf(posts);
    assertThat(stub.requests()).hasSize(3);
    assertThat(gemini.calls()).isEqualTo(3);
    StringBuilder allPrompts = new StringBuilder();
    for (StubServer.Request request : stub.requests()) {
      JsonNode body = Json.parse(request.body());
      assertThat(body.at("/generationConfig/responseSchema").isObject()).isTrue();
      allPrompts.append(body.at("/contents/0/parts/0/text").asText());
    }
    assertThat(allPrompts.toString()).contains(posts.stream().map(Post::id).toList());
  }

  @Test
  void create_geminiWithoutKey_makesNoHttpCallAndCategorisesAllOffline() {
    Env env = Env.of(Map.of("LLM_PROVIDER", "gemini", "GEMINI_BASE_URL", stub.uri().toString()));
    LlmClient client = LlmClients.create(LlmConfig.fromEnv(env), env);
    LlmCategoriser offlineOnly = new LlmCategoriser(client, new OfflineCategoriser(), 100);

    List<Categorised> result = offlineOnly.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(client.name()).isEqualTo("none");
    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.OFFLINE);
    assertThat(stub.requests()).isEmpty();
    assertThat(client.calls()).isZero();
  }

  /** A realistic envelope whose answer puts every post id of the request in Tools. */
  private static StubServer.Reply assignAllToTools(String requestBody) {
    String prompt = Json.parse(requestBody).at("/contents/0/parts/0/text").asText();
    String posts = prompt.substring(prompt.indexOf('['), prompt.lastIndexOf(']') + 1);
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    var assignments = answer.putArray("assignments");
    Set<String> ids = new java.util.LinkedHashSet<>();
    Json.parse(posts).forEach(p -> ids.add(p.get("id").asText()));
    ids.forEach(id -> assignments.addObject().put("id", id).put("category", TOOLS));
    ObjectNode envelope =
        (ObjectNode) Json.parse(StubServer.fixture("gemini-categorise-valid.json"));
    ((ObjectNode) envelope.at("/candidates/0/content/parts/0")).put("text", Json.write(answer));
    return new StubServer.Reply(200, Json.write(envelope));
  }
}
