package dev.digest.pdftext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfTextConfigTest {
  private static final Map<String, String> REQUIRED =
      Map.of("DERIVED_BUCKET", "derived", "PDF_QUEUE_URL", "https://sqs/q");

  @Test
  void fromEnv_onlyRequired_usesDefaults() {
    PdfTextConfig config = PdfTextConfig.fromEnv(Env.of(REQUIRED));

    assertThat(config.uploads().derivedBucket()).isEqualTo("derived");
    assertThat(config.uploads().uploadPrefix()).isEqualTo("uploads/");
    assertThat(config.queueUrl()).isEqualTo("https://sqs/q");
    assertThat(config.maxInlineBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(config.timeReserve()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.maxPagesPerChunk()).isEqualTo(Integer.MAX_VALUE);
    assertThat(config.maxResponseBytes()).isEqualTo(5_500_000);
    assertThat(config.policy().maxBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(config.maxExportedImages()).isEqualTo(500);
    assertThat(config.maxReceiveCount()).isEqualTo(3);
  }

  @Test
  void fromEnv_zeroReceiveCount_failsNamingIt() {
    Map<String, String> env = new java.util.HashMap<>(REQUIRED);
    env.put("MAX_RECEIVE_COUNT", "0");

    assertThatThrownBy(() -> PdfTextConfig.fromEnv(Env.of(env)))
        .hasMessageContaining("MAX_RECEIVE_COUNT");
  }

  @Test
  void fromEnv_missingQueueUrl_failsNamingIt() {
    assertThatThrownBy(() -> PdfTextConfig.fromEnv(Env.of(Map.of("DERIVED_BUCKET", "d"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("PDF_QUEUE_URL");
  }

  @Test
  void fromEnv_missingBucket_failsNamingIt() {
    assertThatThrownBy(() -> PdfTextConfig.fromEnv(Env.of(Map.of("PDF_QUEUE_URL", "q"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DERIVED_BUCKET");
  }

  @Test
  void fromEnv_zeroPagesPerChunk_failsNamingIt() {
    Map<String, String> env = new java.util.HashMap<>(REQUIRED);
    env.put("MAX_PAGES_PER_CHUNK", "0");

    assertThatThrownBy(() -> PdfTextConfig.fromEnv(Env.of(env)))
        .hasMessageContaining("MAX_PAGES_PER_CHUNK");
  }

  @Test
  void fromEnv_inlineLimitOverLambdaPayload_failsNamingIt() {
    Map<String, String> env = new java.util.HashMap<>(REQUIRED);
    env.put("MAX_INLINE_BYTES", "10000000");

    assertThatThrownBy(() -> PdfTextConfig.fromEnv(Env.of(env)))
        .hasMessageContaining("MAX_INLINE_BYTES");
  }
}
