package dev.digest.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

  private final UploadPolicy policy = UploadPolicy.fromEnv(Env.of(Map.of()));

  @Test
  void check_jpegNamedJpg_isAcceptedWithoutMismatch() {
    UploadPolicy.Verdict verdict = policy.check(JPEG, 6, "uploads/a.JPG", "image/jpeg");

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.detected()).isEqualTo(FileType.JPEG);
    assertThat(verdict.mismatch()).isFalse();
    assertThat(verdict.reason()).isNull();
  }

  @Test
  void check_executableNamedJpg_isRejectedAsDisguised() {
    UploadPolicy.Verdict verdict = policy.check(ELF, 8, "uploads/cat.jpg", "image/jpeg");

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.reason()).isEqualTo("disguised");
    assertThat(verdict.message()).contains("an ELF executable").contains("a JPEG image");
    assertThat(verdict.mismatch()).isTrue();
  }

  @Test
  void check_pngNamedJpg_isAcceptedButFlagged() {
    UploadPolicy.Verdict verdict = policy.check(PNG, 8, "uploads/cat.jpg", null);

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.mismatch()).isTrue();
    assertThat(verdict.byName()).isEqualTo(FileType.JPEG);
  }

  @Test
  void check_textWithoutClaim_isRejectedAsNotAllowed() {
    UploadPolicy.Verdict verdict = policy.check("notes".getBytes(), 5, "uploads/notes.txt", null);

    assertThat(verdict.reason()).isEqualTo("type-not-allowed");
  }

  @Test
  void check_overLimit_isRejectedAsTooLarge() {
    UploadPolicy small = new UploadPolicy(policy.allowed(), 5);

    assertThat(small.check(JPEG, 6, "uploads/a.jpg", null).reason()).isEqualTo("too-large");
  }

  @Test
  void check_zeroBytes_isRejectedAsEmpty() {
    assertThat(policy.check(new byte[0], 0, "uploads/a.jpg", null).reason()).isEqualTo("empty");
  }

  @Test
  void fromEnv_unknownType_failsNamingVariable() {
    Env env = Env.of(Map.of("ALLOWED_TYPES", "jpeg,exe2"));

    assertThatThrownBy(() -> UploadPolicy.fromEnv(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ALLOWED_TYPES")
        .hasMessageContaining("exe2");
  }

  @Test
  void fromEnv_customList_limitsTypes() {
    UploadPolicy onlyPng = UploadPolicy.fromEnv(Env.of(Map.of("ALLOWED_TYPES", "png")));

    assertThat(onlyPng.check(JPEG, 6, "uploads/a.jpg", null).reason())
        .isEqualTo("type-not-allowed");
  }
}
