package dev.digest.thumbnail.image;

import static dev.digest.thumbnail.image.TestImages.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.digest.shared.batch.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad uploads fail with a stable reason code and a message that names the problem. */
class ThumbnailerBadInputTest {
  private static final Thumbnailer THUMBNAILER = TestImages.jpegThumbnailer();

  @Test
  void render_zeroBytes_isEmpty() {
    assertRejected(new byte[0], "empty", "empty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text.jpg, not-an-image, text",
    "elf.jpg, not-an-image, ELF executable",
    "truncated.jpg, corrupt, truncated or damaged",
    "corrupt-header.jpg, corrupt, Corrupt JPEG",
    "corrupt-scan.jpg, corrupt, Corrupt JPEG",
    "bomb-50000x50000.png, too-many-pixels, 50000x50000",
    "scene.heic, unsupported-heic, HEIC",
    "scene.avif, unsupported-heic, avif",
    "scene-hevc.mp4, unsupported-video, HEVC/H.265 (hvc1) video cannot be decoded",
  })
  void render_badFixture_throwsWithReasonAndMessage(String name, String reason, String message) {
    assertRejected(fixture(name), reason, message);
  }

  @Test
  void render_windowsExecutable_isNotAnImage() {
    byte[] pe = new byte[1024];
    pe[0] = 'M';
    pe[1] = 'Z';
    assertRejected(pe, "not-an-image", "Windows (PE/MZ) executable");
  }

  @Test
  void render_bytesThatLookLikeWbmp_isNotAnImage() {
    // WBMP has no magic number: type 0, 20x20 and 50 bytes of pixels is a valid WBMP, but nobody
    // uploads WBMP, so it must not be decoded into a picture of garbage.
    byte[] wbmp = new byte[4 + 60];
    wbmp[2] = 20;
    wbmp[3] = 20;
    assertRejected(wbmp, "not-an-image", "binary data");
  }

  @Test
  void render_declaredBomb_isRefusedWellUnderASecond() {
    byte[] bomb = fixture("bomb-50000x50000.png");
    THUMBNAILER.render(fixture("tiny.jpg")); // warm up the plugin registry
    long start = System.nanoTime();

    assertThatThrownBy(() -> THUMBNAILER.render(bomb))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("2500000000 pixels");

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(300);
  }

  @Test
  void render_imageOverConfiguredPixelLimit_isTooManyPixels() {
    Thumbnailer strict =
        new Thumbnailer(
            new RenderSettings(List.of(TestImages.MEDIUM), OutputFormat.JPEG, 80, 100_000));

    assertRejected(strict, fixture("photo-400x300.jpg"), "too-many-pixels", "400x300");
  }

  @Test
  void render_minimalHeifBox_isUnsupportedHeic() {
    byte[] ftyp = new byte[24];
    ftyp[3] = 24;
    System.arraycopy(
        "ftypmif1\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1), 0, ftyp, 4, 20);

    assertRejected(ftyp, "unsupported-heic", "mif1");
  }

  @Test
  void render_webmMagic_isUnsupportedVideo() {
    byte[] webm = Arrays.copyOf(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 64);

    assertRejected(webm, "unsupported-video", "WebM");
  }

  @Test
  void render_mp4BoxWithGarbage_isUnsupportedVideo() {
    byte[] mp4 = new byte[2048];
    mp4[3] = 24;
    System.arraycopy(
        "ftypisom\0\0\0\0isomavc1".getBytes(StandardCharsets.ISO_8859_1), 0, mp4, 4, 20);

    assertRejected(mp4, "unsupported-video", "Unsupported video");
  }

  private static void assertRejected(byte[] source, String reason, String message) {
    assertRejected(THUMBNAILER, source, reason, message);
  }

  private static void assertRejected(
      Thumbnailer thumbnailer, byte[] source, String reason, String message) {
    BadInputException e =
        catchThrowableOfType(BadInputException.class, () -> thumbnailer.render(source));

    assertThat(e).as("rejected with a BadInputException").isNotNull();
    assertThat(e.reason()).as("reason of: %s", e.getMessage()).isEqualTo(reason);
    assertThat(e.getMessage()).containsIgnoringCase(message);
  }
}
