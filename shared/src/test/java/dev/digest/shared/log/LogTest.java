package dev.digest.shared.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import org.junit.jupiter.api.Test;

class LogTest {
  private final Log log = Log.of(LogTest.class);

  @Test
  void format_fields_areOneJsonObjectWithTypedValues() {
    JsonNode line =
        Json.parse(
            log.format(
                Log.Level.INFO,
                "Thumbnails written",
                null,
                "key",
                "uploads/a b.jpg",
                "outputs",
                3));

    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("logger").asText()).isEqualTo("LogTest");
    assertThat(line.get("message").asText()).isEqualTo("Thumbnails written");
    assertThat(line.get("key").asText()).isEqualTo("uploads/a b.jpg");
    assertThat(line.get("outputs").isInt()).isTrue();
    assertThat(line.has("timestamp")).isTrue();
  }

  @Test
  void format_error_carriesTypeAndMessage() {
    JsonNode line =
        Json.parse(log.format(Log.Level.ERROR, "Failed", new IllegalStateException("boom \"x\"")));

    assertThat(line.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(line.get("errorMessage").asText()).isEqualTo("boom \"x\"");
  }

  @Test
  void format_oddFieldCount_isRejected() {
    assertThatThrownBy(() -> log.format(Log.Level.INFO, "m", null, "lonely"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void format_boundRequestId_isIncluded() {
    Log.bindRequest("req-1");
    try {
      assertThat(Json.parse(log.format(Log.Level.INFO, "m", null)).get("requestId").asText())
          .isEqualTo("req-1");
    } finally {
      Log.bindRequest(null);
    }
  }
}
