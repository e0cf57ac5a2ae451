package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.bad;
import static dev.digest.metadata.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.digest.shared.media.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Broken and hostile files never throw, say what is wrong, and keep what can still be read. */
class BadInputTest {
  @Test
  void committedFixtures_matchWhatTheGeneratorMakes() throws IOException {
    for (Map.Entry<String, byte[]> fixture : BadFixtures.all().entrySet()) {
      assertThat(Files.readAllBytes(Fixtures.BAD.resolve(fixture.getKey())))
          .as(fixture.getKey() + " (run BadFixtures.main to write it again)")
          .isEqualTo(fixture.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"UNKNOWN", "EMPTY", "JPEG", "PNG", "HEIC", "MP4", "MOV", "PDF"})
  void extract_zeroBytes_isEmptyWithOneWarning(FileType type) {
    Extracted result = extract(Fixtures.bytes(Fixtures.BAD.resolve("empty.bin")), type);

    assertThat(result.image()).isNull();
    assertThat(result.video()).isNull();
    assertThat(result.warnings()).containsExactly("The file is empty");
  }

  @Test
  void extract_textClaimedToBeJpeg_hasNoImageAndSaysSo() {
    Extracted result =
        extract(Fixtures.bytes(Fixtures.BAD.resolve("text-named.jpg")), FileType.JPEG);

    assertThat(result.image()).isNull();
    assertThat(result.warnings()).singleElement().asString().startsWith("Not a JPEG");
  }

  @Test
  void extract_unknownBinary_hasNothingAndSaysWhy() {
    Extracted result = extract(new byte[] {1, 2, 3}, FileType.UNKNOWN);

    assertThat(result.image()).isNull();
    assertThat(result.video()).isNull();
    assertThat(result.warnings())
        .containsExactly("No metadata is read from unrecognised binary data");
  }

  @Test
  void extract_jpegCutInsideExif_warnsTruncated() {
    Extracted result = bad("truncated-in-exif.jpg");

    assertThat(result.image()).isNotNull();
    assertThat(result.image().make()).isNull();
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .isEqualTo(
            "JPEG is truncated: the segment at byte 20 declares 12284 bytes but the file ends"
                + " after 576");
  }

  @Test
  void extract_app1LengthPastEndOfFile_warnsWithBothSizes() {
    Extracted result = bad("app1-length-past-eof.jpg");

    assertThat(result.image().make()).isNull();
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("declares 64998 bytes but the file ends after");
  }

  @Test
  void extract_ifdPointingBackAtItself_finishesAndKeepsWhatItRead() {
    Extracted result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> bad("ifd-loop.jpg"));

    assertThat(result.image().make()).isEqualTo("Loop");
    assertThat(result.image().width()).isEqualTo(1);
  }

  @Test
  void extract_impossibleExifValues_dropsEachWithAWarning() {
    Extracted result = bad("impossible-values.jpg");

    ImageMetadata image = result.image();
    assertThat(image.make()).isEqualTo("Odd");
    assertThat(image.orientation()).isNull();
    assertThat(image.captureTime()).isNull();
    assertThat(image.captureTimeOffset()).isNull();
    assertThat(image.gps()).isNull();
    assertThat(result.warnings())
        .containsExactlyInAnyOrder(
            "EXIF Orientation 99 is not 1 to 8; ignored",
            "EXIF DateTimeOriginal is not a date and time: \"2024:13:45 25:61:00\"",
            "EXIF OffsetTimeOriginal is not an offset such as +02:00: \"+99:00\"",
            "EXIF GPS position 200.0, 10.0 is off the globe");
  }

  @Test
  void extract_plainPng_hasSizeAndDepthOnlyAndNoWarnings() {
    Extracted result = bad("plain.png");

    assertThat(result.image())
        .isEqualTo(
            new ImageMetadata(
                1, 1, null, null, null, null, null, null, null, null, null, null, null, null, 8));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_pngChunkClaimingTwoGigabytes_keepsHeaderAndWarns() {
    Extracted result = bad("png-chunk-length-lies.png");

    assertThat(result.image().width()).isEqualTo(1);
    assertThat(result.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("PNG is truncated: the iTXt chunk at byte 33"));
  }

  @Test
  void extract_pngTextInflatingToMegabytes_isSkipped() {
    Extracted result = bad("png-ztxt-bomb.png");

    assertThat(result.image().width()).isEqualTo(1);
    assertThat(result.warnings())
        .containsExactly(
            "PNG zTXt chunk at byte 33 inflates beyond the limit of 1048576 bytes and was skipped");
  }

  @Test
  void extract_movieBoxClaimingTwoGigabytes_keepsHeaderAndWarns() {
    Extracted result = bad("moov-box-size-lies.mp4");

    assertThat(result.video().durationSeconds()).isEqualTo(2.0);
    assertThat(result.video().creationTime()).isEqualTo("2016-02-06T00:53:22Z");
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .startsWith("Video box 'tkhd' at byte")
        .contains("declares 2147483632 bytes");
  }

  @Test
  void extract_movieBoxPastEndOfFile_readsWhatIsThere() {
    Extracted result = bad("moov-past-eof.mp4");

    assertThat(result.video().durationSeconds()).isEqualTo(2.0);
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .startsWith("Video is truncated: the movie header box (moov)");
  }

  @Test
  void extract_mp4WithoutMovieBox_hasNoVideo() {
    Extracted result = bad("no-moov.mp4");

    assertThat(result.video()).isNull();
    assertThat(result.warnings())
        .containsExactly("Video has no movie header box (moov); nothing could be read");
  }

  @Test
  void extract_cutHeicWithItemClaimingTwoGigabytes_readsExifWithoutTheAllocation() {
    byte[] file = Fixtures.bytes(Fixtures.BAD.resolve("heic-cut-with-lying-item.heic"));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadAllocatedBytes();
    Extracted result = extract(file, FileType.HEIC);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(result.image().model()).isEqualTo("iPhone XS");
    assertThat(result.image().captureTime()).isEqualTo("2021-07-06T16:08:14");
    assertThat(result.warnings())
        .contains(
            "HEIF item data at byte 1749 declares 2147483632 bytes but the file has 63787 there;"
                + " cut to fit");
    assertThat(allocated).isLessThan(32L << 20);
  }

  @Test
  void extract_movieBoxLargerThanTheBuffer_isNotRead() {
    byte[] file =
        TestFiles.concat(
            TestFiles.ftyp(),
            java.nio.ByteBuffer.allocate(16)
                .putInt(1)
                .put("moov".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .putLong(3L << 30)
                .array());

    Extracted result = extract(file, FileType.MP4);

    assertThat(result.video()).isNull();
    assertThat(result.warnings())
        .containsExactly(
            "Video movie header box (moov) of 3221225456 bytes exceeds the limit of 33554432 bytes;"
                + " it was not read");
  }

  @Test
  void extract_millionsOfTinyBoxes_stopsAtTheBoxLimit() {
    ByteArrayOutputStream moov = new ByteArrayOutputStream();
    byte[] free = TestFiles.box("free");
    for (int i = 0; i < MovieReader.MAX_BOXES + 10; i++) {
      moov.writeBytes(free);
    }
    byte[] file = TestFiles.concat(TestFiles.ftyp(), TestFiles.box("moov", moov.toByteArray()));

    Extracted result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extract(file, FileType.MP4));

    assertThat(result.warnings())
        .containsExactly("Video has more than 100000 boxes; the rest was not read");
  }

  @Test
  void extract_tiffLargerThanTheBuffer_readsTheStartAndSaysSo() {
    Limits small = new Limits(64 * 1024, 1024 * 1024, 2000, 100);
    byte[] tiff = Fixtures.bytes(Fixtures.CAMERA.resolve("casio_qvr51.tif"));

    Extracted result =
        new MetadataExtractor(small).extract(new java.io.ByteArrayInputStream(tiff), FileType.TIFF);

    assertThat(result.warnings())
        .contains("The file is larger than 65536 bytes; metadata after that point was not read");
  }

  @Test
  void extract_streamThatFails_throwsUncheckedIoSoTheCallerRetries() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertThatThrownBy(() -> extract(failing, FileType.JPEG))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("connection reset");
  }
}
