package dev.digest.shared.sentiment.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentClientConfigTest {

  @Test
  void fromEnv_noFunction_failsNamingTheVariable() {
    assertThatThrownBy(() -> SentimentClientConfig.fromEnv(Env.of(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("SENTIMENT_FUNCTION");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"SENTIMENT_CONCURRENCY", "SENTIMENT_TIMEOUT_SECONDS", "SENTIMENT_MAX_ATTEMPTS"})
  void fromEnv_valueOutOfRange_failsNamingTheVariable(String variable) {
    Env env = Env.of(Map.of("SENTIMENT_FUNCTION", "sentiment", variable, "0"));

    assertThatThrownBy(() -> SentimentClientConfig.fromEnv(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(variable);
  }

  @Test
  void fromEnv_onlyTheFunction_usesTheDefaults() {
    assertThat(
            SentimentClientConfig.fromEnv(Env.of(Map.of("SENTIMENT_FUNCTION", "sentiment:live"))))
        .isEqualTo(
            new SentimentClientConfig(
                "sentiment:live", 4, Duration.ofSeconds(30), 3, Duration.ofMillis(200)))
        .isEqualTo(SentimentClientConfig.of("sentiment:live"));
  }

  @Test
  void fromEnv_everyVariable_readsThem() {
    Env env =
        Env.of(
            Map.of(
                "SENTIMENT_FUNCTION", "arn:aws:lambda:eu-west-1:123456789012:function:sentiment",
                "SENTIMENT_CONCURRENCY", "8",
                "SENTIMENT_TIMEOUT_SECONDS", "12",
                "SENTIMENT_MAX_ATTEMPTS", "5"));

    SentimentClientConfig config = SentimentClientConfig.fromEnv(env);

    assertThat(config.concurrency()).isEqualTo(8);
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(config.maxAttempts()).isEqualTo(5);
  }
}
