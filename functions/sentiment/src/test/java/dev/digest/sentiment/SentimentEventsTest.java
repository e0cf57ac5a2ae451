package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample payloads in events/, as `aws lambda invoke` would send them, through the handler. */
class SentimentEventsTest {

  private static SentimentHandler handler;

  @BeforeAll
  static void load() {
    handler = new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));
  }

  private static JsonNode invoke(String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(Events.read(event).getBytes(StandardCharsets.UTF_8)), out, null);
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void handleRequest_invokeEvent_scoresEveryPostWithTheModel() throws Exception {
    JsonNode response = invoke("sentiment-invoke.json");

    assertThat(response.path("count").asInt()).isEqualTo(5);
    for (JsonNode result : response.path("results")) {
      assertThat(result.path("sentiment").asText()).isIn("positive", "negative", "neutral");
      assertThat(result.path("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(result.path("source").asText()).isEqualTo("model");
    }
  }

  @Test
  void handleRequest_apiGatewayEvent_answersInTheProxyFormat() throws Exception {
    JsonNode proxy = invoke("sentiment-apigateway.json");

    assertThat(proxy.path("statusCode").asInt()).isEqualTo(200);
    JsonNode response = Json.parse(proxy.path("body").asText());
    assertThat(response.path("count").asInt()).isEqualTo(2);
    assertThat(response.path("results").get(1).path("source").asText()).isEqualTo("model");
  }

  @Test
  void handleRequest_invalidItemsEvent_reportsEachBadItemInPlace() throws Exception {
    JsonNode results = invoke("sentiment-invalid-items.json").path("results");

    assertThat(results).hasSize(4);
    assertThat(results.get(0).path("source").asText()).isEqualTo("model");
    assertThat(results.get(1).path("error").path("reason").asText()).isEqualTo("not_a_string");
    assertThat(results.get(2).path("error").path("reason").asText()).isEqualTo("not_a_string");
    assertThat(results.get(3).path("source").asText()).isEqualTo("model");
  }

  @Test
  void handleRequest_missingTextsEvent_answersWithTheReasonOnly() throws Exception {
    JsonNode response = invoke("sentiment-missing-texts.json");

    assertThat(response.path("error").path("reason").asText()).isEqualTo("missing_texts");
    assertThat(response.path("error").path("message").asText()).contains("texts");
    assertThat(response.has("results")).isFalse();
  }
}
