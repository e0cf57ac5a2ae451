package dev.digest.tweetdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestConfigTest {

  @Test
  void fromEnv_nothingSet_usesDefaults() {
    DigestConfig config = DigestConfig.fromEnv(Env.of(Map.of()));

    assertThat(config.accounts()).isEmpty();
    assertThat(config.usesXApi()).isTrue();
    assertThat(config.lookbackDays()).isEqualTo(7);
    assertThat(config.topPosts()).isEqualTo(3);
    assertThat(config.mode()).isEqualTo(DigestConfig.ProcessingMode.LAMBDA_ONLY);
    assertThat(config.visualCapture()).isFalse();
  }

  @Test
  void fromEnv_accountsAndJsonSource_splitsAndStripsNames() {
    DigestConfig config =
        DigestConfig.fromEnv(
            Env.of(Map.of("ACCOUNTS", " @OpenAI, AnthropicAI,,", "POST_SOURCE", "s3://b/p.json")));

    assertThat(config.accounts()).containsExactly("OpenAI", "AnthropicAI");
    assertThat(config.usesXApi()).isFalse();
    assertThat(config.postSource()).isEqualTo("s3://b/p.json");
  }

  @Test
  void fromEnv_unknownMode_failsNamingTheVariable() {
    assertThatThrownBy(() -> DigestConfig.fromEnv(Env.of(Map.of("PROCESSING_MODE", "gpu"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("PROCESSING_MODE");
  }

  @Test
  void fromEnv_visualCaptureNotBoolean_failsNamingTheVariable() {
    assertThatThrownBy(() -> DigestConfig.fromEnv(Env.of(Map.of("ENABLE_VISUAL_CAPTURE", "yes"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ENABLE_VISUAL_CAPTURE");
  }
}
