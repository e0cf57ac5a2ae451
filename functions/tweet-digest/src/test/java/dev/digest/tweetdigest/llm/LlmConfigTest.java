package dev.digest.tweetdigest.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

  @Test
  void fromEnv_nothingSet_usesDefaults() {
    LlmConfig config = LlmConfig.fromEnv(Env.of(Map.of()));

    assertThat(config.provider()).isEqualTo(LlmConfig.Provider.GEMINI);
    assertThat(config.geminiBaseUrl())
        .isEqualTo(URI.create("https://generativelanguage.googleapis.com"));
    assertThat(config.geminiModel()).isEqualTo("gemini-2.5-flash");
    assertThat(config.batchSize()).isEqualTo(100);
    assertThat(config.maxAttempts()).isEqualTo(3);
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.categories()).isEqualTo(LlmConfig.DEFAULT_CATEGORIES);
    assertThat(config.hasGeminiKey()).isFalse();
  }

  @Test
  void fromEnv_categoriesSet_splitsOnSemicolonsTrimsAndDropsDuplicates() {
    LlmConfig config =
        LlmConfig.fromEnv(
            Env.of(
                Map.of(
                    "DIGEST_CATEGORIES",
                    " Robotics ; Funding;;Robotics ",
                    "LLM_PROVIDER",
                    "Bedrock")));

    assertThat(config.categories()).isEqualTo(List.of("Robotics", "Funding"));
    assertThat(config.provider()).isEqualTo(LlmConfig.Provider.BEDROCK);
  }

  @Test
  void fromEnv_unknownProvider_failsByName() {
    assertThatThrownBy(() -> LlmConfig.fromEnv(Env.of(Map.of("LLM_PROVIDER", "openai"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("LLM_PROVIDER");
  }

  @Test
  void fromEnv_batchSizeOutOfRange_failsByName() {
    assertThatThrownBy(() -> LlmConfig.fromEnv(Env.of(Map.of("LLM_BATCH_SIZE", "0"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("LLM_BATCH_SIZE");
  }
}
