package dev.digest.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputKeysTest {
  @Test
  void relativeKey_uploadPrefix_isStripped() {
    assertThat(OutputKeys.relativeKey("uploads/a/b.png", "uploads/")).isEqualTo("a/b.png");
  }

  @Test
  void thumbnailKey_extension_isReplaced() {
    assertThat(OutputKeys.thumbnailKey("small", "a/b.photo.PNG", "jpg"))
        .isEqualTo("thumbnails/small/a/b.photo.jpg");
  }

  @Test
  void thumbnailKey_noExtension_isAppended() {
    assertThat(OutputKeys.thumbnailKey("large", "a.d/raw", "webp"))
        .isEqualTo("thumbnails/large/a.d/raw.webp");
  }

  @Test
  void thumbnailKey_dotFile_keepsItsName() {
    assertThat(OutputKeys.thumbnailKey("medium", "dir/.hidden", "jpg"))
        .isEqualTo("thumbnails/medium/dir/.hidden.jpg");
  }
}
