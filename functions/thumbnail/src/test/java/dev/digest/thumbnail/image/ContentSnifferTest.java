package dev.digest.thumbnail.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.thumbnail.image.ContentSniffer.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Containers are told apart by their magic bytes, whatever the file is called. */
class ContentSnifferTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "scene.heic, HEIF",
    "scene.avif, HEIF",
    "scene-h264.mp4, ISO_VIDEO",
    "scene-h264.mov, ISO_VIDEO",
    "scene-hevc.mp4, ISO_VIDEO",
    "photo-400x300.jpg, IMAGE",
    "lossy.webp, IMAGE",
    "elf.jpg, IMAGE",
  })
  void classify_fixture_byMagic(String name, Kind kind) {
    assertThat(ContentSniffer.classify(TestImages.fixture(name))).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ftypMiHE, mif1heic, HEIF",
    "ftypisom, isomavc1, ISO_VIDEO",
    "ftypmp42, mp42heic, ISO_VIDEO",
    "ftypXXXX, XXXXmif1, HEIF",
  })
  void classify_ftypBrands_heifOnlyWhenTheMajorBrandIsNotVideo(
      String box, String compatible, Kind kind) {
    byte[] data =
        ("\0\0\0\u0018" + box + "\0\0\0\0" + compatible).getBytes(StandardCharsets.ISO_8859_1);

    assertThat(ContentSniffer.classify(data)).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"\u007fELF, ELF", "MZ, Windows", "%PDF-1.7, PDF", "hello world, text"})
  void describe_commonNonImages_namesThem(String start, String expected) {
    assertThat(ContentSniffer.describe(start.getBytes(StandardCharsets.ISO_8859_1)))
        .contains(expected);
  }
}
