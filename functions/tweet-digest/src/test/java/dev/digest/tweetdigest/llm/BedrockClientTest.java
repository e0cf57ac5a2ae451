package dev.digest.tweetdigest.llm;

import static dev.digest.tweetdigest.llm.TestPosts.CATEGORIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.tweetdigest.model.Categorised;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BedrockClient built by AwsClients, aimed at a stub Converse endpoint by its endpoint variable.
 */
class BedrockClientTest {
  private static final String MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";

  private final StubServer stub = new StubServer();
  private final Env env =
      Env.of(
          Map.of(
              "AWS_REGION", "us-east-1",
              "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", stub.uri().toString(),
              "LLM_PROVIDER", "bedrock",
              "BEDROCK_MODEL_ID", MODEL,
              "LLM_MAX_ATTEMPTS", "2"));
  private final BedrockClient client =
      BedrockClient.create(LlmConfig.fromEnv(env), AwsClients.fromEnvironment(env));

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
  }

  @AfterEach
  void tearDown() {
    stub.close();
  }

  @Test
  void categorise_toolUseAnswer_parsesTheToolInput() {
    stub.replyFixture(200, "bedrock-converse-tool-use.json");
    LlmCategoriser categoriser = new LlmCategoriser(client, new OfflineCategoriser(), 100);

    List<Categorised> result =
        categoriser.categorise(TestPosts.fivePosts().subList(0, 2), CATEGORIES);

    assertThat(result).extracting(Categorised::source).containsOnly(Categorised.LLM);
    assertThat(result)
        .extracting(Categorised::category)
        .containsExactly(TestPosts.RELEASES, TestPosts.RESEARCH);
    assertThat(client.calls()).isEqualTo(1);
    StubServer.Request request = stub.requests().get(0);
    assertThat(request.path()).isEqualTo("/model/" + MODEL + "/converse");
    JsonNode body = Json.parse(request.body());
    assertThat(body.at("/toolConfig/toolChoice/tool/name").asText()).isEqualTo("answer");
    assertThat(body.at("/toolConfig/tools/0/toolSpec/inputSchema/json/type").asText())
        .isEqualTo("object");
    assertThat(body.at("/messages/0/content/0/text").asText()).contains("1001", "1002");
  }

  @Test
  void generateJson_fencedTextAnswer_returnsTheJson() {
    stub.replyFixture(200, "bedrock-converse-text.json");

    String answer =
        client.generateJson("s", "p", JsonSchema.object(Map.of("summary", JsonSchema.string())));

    assertThat(Json.parse(answer).get("summary").asText())
        .isEqualTo("Two labs released models. Both are open.");
  }

  @Test
  void generateJson_maxTokens_fails() {
    stub.replyFixture(200, "bedrock-converse-max-tokens.json");

    assertThatThrownBy(() -> client.generateJson("s", "p", JsonSchema.string()))
        .isInstanceOf(LlmException.class)
        .hasMessageContaining("max_tokens");
  }

  @Test
  void generateJson_throttledEveryAttempt_failsAfterMaxAttempts() {
    String throttled = "{\"message\":\"Too many requests, please wait before trying again.\"}";
    for (int i = 0; i < 3; i++) {
      stub.reply(429, throttled);
    }

    assertThatThrownBy(() -> client.generateJson("s", "p", JsonSchema.string()))
        .isInstanceOf(LlmException.class);
    assertThat(client.calls()).isEqualTo(2);
  }
}
