package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.extract;
import static dev.digest.metadata.extract.TestFiles.box;
import static dev.digest.metadata.extract.TestFiles.concat;
import static dev.digest.metadata.extract.TestFiles.ftyp;
import static dev.digest.metadata.extract.TestFiles.mvhd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.media.FileType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Movie layouts the camera fixtures do not show: track order, versions, odd headers, epochs. */
class MovieReaderTest {
  /** 2016-02-06T00:53:22Z in seconds since 1904. */
  private static final long CREATED_1904 = 3_537_564_802L;

  @Test
  void extract_audioTrackBeforeVideo_reportsTheVideoTrack() {
    byte[] file =
        movie(
            mvhd(CREATED_1904, 1000, 5000),
            track("soun", 0, 0, "mp4a", 0, 0, 48_000, 240_000, 1024),
            track("vide", 1280, 720, "hvc1", 1280, 720, 30_000, 150, 1001));

    VideoMetadata video = extract(file, FileType.MP4).video();

    assertThat(video.codec()).isEqualTo("hvc1");
    assertThat(video.width()).isEqualTo(1280);
    assertThat(video.height()).isEqualTo(720);
    assertThat(video.frameRate()).isEqualTo(30_000.0 / 1001);
    assertThat(video.durationSeconds()).isEqualTo(5.0);
    assertThat(video.creationTime()).isEqualTo("2016-02-06T00:53:22Z");
  }

  @Test
  void extract_trackHeaderWithZeroSize_fallsBackToTheCodedSize() {
    byte[] file =
        movie(mvhd(CREATED_1904, 600, 600), track("vide", 0, 0, "avc1", 640, 480, 600, 10, 20));

    VideoMetadata video = extract(file, FileType.MOV).video();

    assertThat(video.width()).isEqualTo(640);
    assertThat(video.height()).isEqualTo(480);
  }

  @Test
  void extract_fragmentedMovieWithZeroDuration_hasNoDuration() {
    byte[] file = movie(mvhd(CREATED_1904, 1000, 0));

    assertThat(extract(file, FileType.MP4).video().durationSeconds()).isNull();
  }

  @Test
  void extract_version1MovieHeader_readsSixtyFourBitFields() {
    ByteBuffer payload = ByteBuffer.allocate(112);
    payload.put((byte) 1).put(new byte[3]).putLong(CREATED_1904).putLong(CREATED_1904);
    payload.putInt(90_000).putLong(90_000L * 3 * 3600); // three hours
    byte[] file = movie(box("mvhd", payload.array()));

    VideoMetadata video = extract(file, FileType.MP4).video();

    assertThat(video.durationSeconds()).isEqualTo(10_800.0);
    assertThat(video.creationTime()).isEqualTo("2016-02-06T00:53:22Z");
  }

  @Test
  void extract_creationTimeCountedFrom1970_isReadAsSuchWithAWarning() {
    byte[] file = movie(mvhd(1_454_720_002L, 600, 600));

    Extracted result = extract(file, FileType.MP4);

    assertThat(result.video().creationTime()).isEqualTo("2016-02-06T00:53:22Z");
    assertThat(result.warnings())
        .containsExactly("Video creation time counts from 1970 instead of 1904; read as such");
  }

  @Test
  void extract_mediaBeforeMovieWithSixtyFourBitSize_isSkippedWithoutBeingHeld() {
    ByteBuffer mdat = ByteBuffer.allocate(16 + 100_000);
    mdat.putInt(1).put("mdat".getBytes(StandardCharsets.ISO_8859_1)).putLong(16 + 100_000);
    byte[] file = concat(ftyp(), mdat.array(), box("moov", mvhd(CREATED_1904, 600, 1800)));

    assertThat(extract(file, FileType.MP4).video().durationSeconds()).isEqualTo(3.0);
  }

  @Test
  void extract_unreadableLocation_isDroppedWithAWarning() {
    byte[] xyz =
        concat(new byte[] {0, 5, 0x15, (byte) 0xC7}, "north".getBytes(StandardCharsets.UTF_8));
    byte[] file = movie(mvhd(CREATED_1904, 600, 600), box("udta", box("\u00A9xyz", xyz)));

    Extracted result = extract(file, FileType.MP4);

    assertThat(result.video().gps()).isNull();
    assertThat(result.warnings())
        .containsExactly("Video ©xyz location is not an ISO 6709 position: \"north\"");
  }

  // ---- builders ------------------------------------------------------------------------------

  private static byte[] movie(byte[]... children) {
    return concat(ftyp(), box("moov", children));
  }

  /**
   * A track with a header size, a handler, one sample description and a one-entry time-to-sample
   * table of {@code samples} samples of {@code delta} units in {@code timescale}.
   */
  private static byte[] track(
      String handler,
      int width,
      int height,
      String codec,
      int codedWidth,
      int codedHeight,
      int timescale,
      int samples,
      int delta) {
    ByteBuffer tkhd = ByteBuffer.allocate(84);
    tkhd.position(76);
    tkhd.putInt(width << 16).putInt(height << 16);
    ByteBuffer mdhd = ByteBuffer.allocate(24);
    mdhd.position(12);
    mdhd.putInt(timescale).putInt(samples * delta);
    ByteBuffer hdlr = ByteBuffer.allocate(25);
    hdlr.position(8);
    hdlr.put(handler.getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer entry = ByteBuffer.allocate(86);
    entry.putInt(86).put(codec.getBytes(StandardCharsets.ISO_8859_1));
    entry.position(32);
    entry.putShort((short) codedWidth).putShort((short) codedHeight);
    ByteBuffer stsd = ByteBuffer.allocate(8 + 86);
    stsd.putInt(0).putInt(1).put(entry.array());
    ByteBuffer stts = ByteBuffer.allocate(16);
    stts.putInt(0).putInt(1).putInt(samples).putInt(delta);
    byte[] stbl = box("stbl", box("stsd", stsd.array()), box("stts", stts.array()));
    byte[] mdia =
        box("mdia", box("mdhd", mdhd.array()), box("hdlr", hdlr.array()), box("minf", stbl));
    return box("trak", box("tkhd", tkhd.array()), mdia);
  }
}
