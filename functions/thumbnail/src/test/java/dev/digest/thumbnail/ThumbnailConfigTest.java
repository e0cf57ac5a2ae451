package dev.digest.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.thumbnail.image.FitMode;
import dev.digest.thumbnail.image.OutputFormat;
import dev.digest.thumbnail.image.SizeSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThumbnailConfigTest {
  @Test
  void fromEnv_onlyBucket_usesDocumentedDefaults() {
    ThumbnailConfig config = ThumbnailConfig.fromEnv(Env.of(Map.of("DERIVED_BUCKET", "derived")));

    assertThat(config.render().sizes())
        .containsExactly(
            new SizeSpec("small", 150, 150, FitMode.CROP),
            new SizeSpec("medium", 500, 500, FitMode.FIT),
            new SizeSpec("large", 1200, 1200, FitMode.FIT));
    assertThat(config.render().format()).isEqualTo(OutputFormat.JPEG);
    assertThat(config.render().quality()).isEqualTo(85);
    assertThat(config.uploads().uploadPrefix()).isEqualTo("uploads/");
  }

  @Test
  void fromEnv_customSizesAndWebp_areApplied() {
    ThumbnailConfig config =
        ThumbnailConfig.fromEnv(
            Env.of(
                Map.of(
                    "DERIVED_BUCKET", "derived",
                    "THUMBNAIL_SIZES", "icon=64x64:crop, hero=1920x1080",
                    "THUMBNAIL_FORMAT", "webp",
                    "THUMBNAIL_QUALITY", "70")));

    assertThat(config.render().sizes())
        .containsExactly(
            new SizeSpec("icon", 64, 64, FitMode.CROP),
            new SizeSpec("hero", 1920, 1080, FitMode.FIT));
    assertThat(config.render().format()).isEqualTo(OutputFormat.WEBP);
    assertThat(config.render().quality()).isEqualTo(70);
  }

  @Test
  void fromEnv_missingBucket_failsNamingIt() {
    assertThatThrownBy(() -> ThumbnailConfig.fromEnv(Env.of(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DERIVED_BUCKET");
  }

  @Test
  void fromEnv_badSize_failsNamingVariableAndValue() {
    Env env = Env.of(Map.of("DERIVED_BUCKET", "d", "THUMBNAIL_SIZES", "small=150by150"));

    assertThatThrownBy(() -> ThumbnailConfig.fromEnv(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("THUMBNAIL_SIZES")
        .hasMessageContaining("small=150by150");
  }

  @Test
  void fromEnv_unknownFormat_failsNamingVariable() {
    Env env = Env.of(Map.of("DERIVED_BUCKET", "d", "THUMBNAIL_FORMAT", "gif"));

    assertThatThrownBy(() -> ThumbnailConfig.fromEnv(env)).hasMessageContaining("THUMBNAIL_FORMAT");
  }

  @Test
  void fromEnv_duplicateSizeName_isRejected() {
    Env env = Env.of(Map.of("DERIVED_BUCKET", "d", "THUMBNAIL_SIZES", "a=10x10,a=20x20"));

    assertThatThrownBy(() -> ThumbnailConfig.fromEnv(env)).hasMessageContaining("listed twice");
  }
}
