package dev.digest.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.media.FileType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataConfigTest {
  @Test
  void fromEnv_onlyBucket_usesDefaultPolicy() {
    MetadataConfig config = MetadataConfig.fromEnv(Env.of(Map.of("DERIVED_BUCKET", "derived")));

    assertThat(config.uploads().uploadPrefix()).isEqualTo("uploads/");
    assertThat(config.policy().maxBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(config.policy().allowed())
        .contains(FileType.JPEG, FileType.HEIC, FileType.MOV, FileType.PDF)
        .doesNotContain(FileType.ELF, FileType.AVIF);
  }

  @Test
  void fromEnv_missingBucket_failsNamingIt() {
    assertThatThrownBy(() -> MetadataConfig.fromEnv(Env.of(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DERIVED_BUCKET");
  }

  @Test
  void fromEnv_badLimit_failsNamingIt() {
    Env env = Env.of(Map.of("DERIVED_BUCKET", "d", "MAX_UPLOAD_BYTES", "-5"));

    assertThatThrownBy(() -> MetadataConfig.fromEnv(env)).hasMessageContaining("MAX_UPLOAD_BYTES");
  }
}
