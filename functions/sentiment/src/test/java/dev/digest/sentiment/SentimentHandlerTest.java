package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentHandlerTest {

  private static JsonNode invoke(SentimentHandler handler, String payload) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void handleRequest_apiGatewayEvent_answersInTheProxyFormatWithResults() throws Exception {
    SentimentHandler handler =
        new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));

    JsonNode proxy = invoke(handler, "{\"body\": \"{\\\"texts\\\": [\\\"nice\\\", true]}\"}");

    assertThat(proxy.path("statusCode").asInt()).isEqualTo(200);
    assertThat(proxy.at("/headers/content-type").asText()).isEqualTo("application/json");
    JsonNode response = Json.parse(proxy.path("body").asText());
    assertThat(response.path("count").asInt()).isEqualTo(2);
    assertThat(response.path("model").asText()).startsWith("scripts/make-tiny-model");
    JsonNode first = response.path("results").get(0);
    assertThat(first.path("sentiment").asText()).isIn("positive", "negative", "neutral");
    assertThat(first.path("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.path("source").asText()).isEqualTo("model");
    assertThat(first.has("error")).isFalse();
    JsonNode second = response.path("results").get(1);
    assertThat(second.path("error").path("reason").asText()).isEqualTo("not_a_string");
    assertThat(second.has("sentiment")).isFalse();
  }

  @Test
  void handleRequest_apiGatewayEventWithBadBody_answers400WithTheReason() throws Exception {
    SentimentHandler handler =
        new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));

    JsonNode proxy =
        invoke(handler, "{\"body\": \"{\\\"texts\\\": []}\", \"httpMethod\": \"POST\"}");

    assertThat(proxy.path("statusCode").asInt()).isEqualTo(400);
    assertThat(Json.parse(proxy.path("body").asText()).at("/error/reason").asText())
        .isEqualTo("empty_texts");
  }

  @Test
  void handleRequest_notJson_returnsTheErrorObjectOnly() throws Exception {
    SentimentHandler handler =
        new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));

    JsonNode response = invoke(handler, "hello");

    assertThat(response.path("error").path("reason").asText()).isEqualTo("not_json");
    assertThat(response.has("results")).isFalse();
    assertThat(response.has("count")).isFalse();
  }

  @Test
  void constructor_withoutModelDir_failsNamingIt() {
    assertThatThrownBy(() -> new SentimentHandler(Env.of(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MODEL_DIR");
  }

  @Test
  void constructor_corruptModelFile_failsInitNamingTheDirectory(@TempDir Path tmp)
      throws Exception {
    Path dir = TinyModel.copyTo(tmp);
    Files.writeString(dir.resolve("model.pt"), "not a torchscript file");

    assertThatThrownBy(() -> new SentimentHandler(Env.of(Map.of("MODEL_DIR", dir.toString()))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MODEL_DIR " + dir);
  }

  @Test
  void fromEnv_outOfRangeValues_failByName() {
    assertThatThrownBy(
            () -> SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/m", "NEUTRAL_BAND", "1.5"))))
        .hasMessageContaining("NEUTRAL_BAND");
    assertThatThrownBy(
            () -> SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/m", "MAX_TEXTS", "0"))))
        .hasMessageContaining("MAX_TEXTS");
    assertThat(SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/m"))))
        .isEqualTo(
            new SentimentConfig(
                ModelSource.local(Path.of("/m")), ModelEngine.PYTORCH, 100, 20_000, 0.2));
  }
}
