package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How ENGINE, MODEL_DIR and MODEL_S3_URI choose the engine and where the model comes from. */
class ModelConfigurationTest {

  @Test
  void fromEnv_noEngine_defaultsToPyTorchAndModelDir() {
    SentimentConfig config = SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/opt/m")));

    assertThat(config.engine()).isEqualTo(ModelEngine.PYTORCH);
    assertThat(config.model().downloads()).isFalse();
    assertThat(config.model().dir()).isEqualTo(Path.of("/opt/m"));
  }

  @Test
  void fromEnv_onnxRuntimeAnyCase_selectsOnnxFile() {
    SentimentConfig config =
        SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/m", "ENGINE", "onnxruntime")));

    assertThat(config.engine()).isEqualTo(ModelEngine.ONNX_RUNTIME);
    assertThat(config.engine().modelFile()).isEqualTo("model.onnx");
  }

  @Test
  void fromEnv_unknownEngine_failsListingTheKnownOnes() {
    assertThatThrownBy(
            () -> SentimentConfig.fromEnv(Env.of(Map.of("MODEL_DIR", "/m", "ENGINE", "TensorRT"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ENGINE")
        .hasMessageContaining("TensorRT")
        .hasMessageContaining("PyTorch, OnnxRuntime");
  }

  @Test
  void fromEnv_s3UriAndModelDir_s3WinsAndDownloadsUnderTmp() {
    SentimentConfig config =
        SentimentConfig.fromEnv(
            Env.of(Map.of("MODEL_DIR", "/opt/m", "MODEL_S3_URI", "s3://models/sst2/v3")));

    assertThat(config.model().downloads()).isTrue();
    assertThat(config.model().s3Bucket()).contains("models");
    assertThat(config.model().s3Prefix()).isEqualTo("sst2/v3/");
    assertThat(config.model().dir())
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "sentiment-model"));
    assertThat(config.model().uriOf("model.pt")).isEqualTo("s3://models/sst2/v3/model.pt");
  }

  @Test
  void fromEnv_bucketRootUri_emptyPrefix() {
    SentimentConfig config = SentimentConfig.fromEnv(Env.of(Map.of("MODEL_S3_URI", "s3://models")));

    assertThat(config.model().s3Prefix()).isEmpty();
  }

  @Test
  void fromEnv_httpsUri_failsNamingTheVariable() {
    assertThatThrownBy(
            () ->
                SentimentConfig.fromEnv(
                    Env.of(Map.of("MODEL_S3_URI", "https://models.s3.amazonaws.com/m/"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MODEL_S3_URI")
        .hasMessageContaining("s3://bucket/prefix/");
  }

  @Test
  void fromEnv_neitherLocation_failsNamingBoth() {
    assertThatThrownBy(() -> SentimentConfig.fromEnv(Env.of(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MODEL_DIR")
        .hasMessageContaining("MODEL_S3_URI");
  }
}
