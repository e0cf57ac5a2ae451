package dev.digest.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {
  @Test
  void require_missingVariable_failsNamingIt() {
    Env env = Env.of(Map.of());

    assertThatThrownBy(() -> env.require("DERIVED_BUCKET"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DERIVED_BUCKET");
  }

  @Test
  void require_blankVariable_failsNamingIt() {
    Env env = Env.of(Map.of("DERIVED_BUCKET", "  "));

    assertThatThrownBy(() -> env.require("DERIVED_BUCKET")).hasMessageContaining("DERIVED_BUCKET");
  }

  @Test
  void get_absentVariable_returnsFallback() {
    assertThat(Env.of(Map.of()).get("UPLOAD_PREFIX", "uploads/")).isEqualTo("uploads/");
  }

  @Test
  void getLong_notANumber_failsNamingVariableAndValue() {
    Env env = Env.of(Map.of("MAX_PIXELS", "lots"));

    assertThatThrownBy(() -> env.getLong("MAX_PIXELS", 1, 1, 10))
        .hasMessageContaining("MAX_PIXELS")
        .hasMessageContaining("lots");
  }

  @Test
  void getInt_outOfRange_failsNamingBounds() {
    Env env = Env.of(Map.of("THUMBNAIL_QUALITY", "101"));

    assertThatThrownBy(() -> env.getInt("THUMBNAIL_QUALITY", 85, 1, 100))
        .hasMessageContaining("THUMBNAIL_QUALITY")
        .hasMessageContaining("between 1 and 100");
  }

  @Test
  void getInt_validValue_isParsed() {
    assertThat(Env.of(Map.of("Q", " 70 ")).getInt("Q", 85, 1, 100)).isEqualTo(70);
  }
}
