package dev.digest.tweetdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestRequestTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

  @Test
  void parse_scheduledEvent_usesEventTimeAndDefaults() {
    DigestRequest request =
        DigestRequest.parse(
            Json.parse(
                """
                {"version": "0", "id": "1", "detail-type": "Scheduled Event",
                 "source": "aws.events", "account": "123456789012",
                 "time": "2026-11-30T00:00:00Z", "region": "us-east-1",
                 "resources": ["arn:aws:events:us-east-1:123456789012:rule/weekly"],
                 "detail": {}}
                """));

    Instant to = request.to(NOW);
    assertThat(to).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(request.from(to, Duration.ofDays(7)))
        .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(request.accounts()).isEmpty();
    assertThat(request.dryRun()).isFalse();
    assertThat(request.force()).isFalse();
  }

  @Test
  void parse_adHocWithUnknownFields_readsEveryFieldAndEndsNow() {
    DigestRequest request =
        DigestRequest.parse(
            Json.parse(
                """
                {"accounts": ["@OpenAI", " AnthropicAI "], "since": "2026-11-20T00:00:00Z",
                 "dryRun": true, "force": true, "colour": "blue"}
                """));

    assertThat(request.accounts()).containsExactly("@OpenAI", "AnthropicAI");
    assertThat(request.to(NOW)).isEqualTo(NOW);
    assertThat(request.from(NOW, Duration.ofDays(7)))
        .isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(request.dryRun()).isTrue();
    assertThat(request.force()).isTrue();
  }

  @Test
  void parse_emptyObject_isSevenDaysBeforeNow() {
    DigestRequest request = DigestRequest.parse(Json.parse("{}"));

    assertThat(request.from(request.to(NOW), Duration.ofDays(7)))
        .isEqualTo(NOW.minus(Duration.ofDays(7)));
    assertThat(request.dryRun()).isFalse();
  }

  @Test
  void parse_invalidSince_failsNamingTheField() {
    assertThatThrownBy(() -> DigestRequest.parse(Json.parse("{\"since\": \"last week\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'since'")
        .hasMessageContaining("last week");
  }

  @Test
  void parse_dryRunNotBoolean_failsNamingTheField() {
    assertThatThrownBy(() -> DigestRequest.parse(Json.parse("{\"dryRun\": \"yes\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dryRun'");
  }
}
