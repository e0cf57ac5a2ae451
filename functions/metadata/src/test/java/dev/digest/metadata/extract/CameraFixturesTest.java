package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.camera;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact values on real camera files, for the fields where a subtle mistake is easy to make. */
class CameraFixturesTest {
  @Test
  void extract_iphone4sWestOfGreenwich_hasNegativeLongitude() {
    Extracted result = camera("apple_iphone4s_gps_west.jpg");

    Gps gps = result.image().gps();
    assertThat(gps.latitude()).isCloseTo(37.885, within(1e-9));
    assertThat(gps.longitude()).isCloseTo(-122.6225, within(1e-9));
    assertThat(gps.altitude()).isEqualTo(122.0);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_iphone4sDownsized_reportsFrameSizeNotExifImageWidth() {
    ImageMetadata image = camera("apple_iphone4s_gps_west.jpg").image();

    // EXIF still says 3264x2448, the size the camera took; the file holds 180x135.
    assertThat(image.width()).isEqualTo(180);
    assertThat(image.height()).isEqualTo(135);
  }

  @Test
  void extract_pixel6_hasOffsetLensAndV4ProfileName() {
    ImageMetadata image = camera("google_pixel6_ultrahdr.jpg").image();

    assertThat(image.make()).isEqualTo("Google");
    assertThat(image.model()).isEqualTo("Pixel 6");
    assertThat(image.lens()).isEqualTo("Pixel 6 back camera 6.81mm f/1.85");
    assertThat(image.captureTime()).isEqualTo("2024-05-07T09:33:04");
    assertThat(image.captureTimeOffset()).isEqualTo("+08:00");
    assertThat(image.colorSpace()).isEqualTo("sRGB IEC61966-2.1");
    assertThat(image.gps().altitude()).isCloseTo(98.9, within(1e-9));
  }

  @Test
  void extract_xiaomiWithEmptyGpsBlock_hasOrientation6AndNoPosition() {
    Extracted result = camera("xiaomi_redmi9s_orient6_emptygps.jpg");

    assertThat(result.image().orientation()).isEqualTo(6);
    assertThat(result.image().gps()).isNull();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_olympusPaddedMakeAndBoilerplateDescription_trimsAndIgnores() {
    ImageMetadata image = camera("olympus_ep3_makernote_lens.jpg").image();

    assertThat(image.make()).isEqualTo("OLYMPUS IMAGING CORP.");
    assertThat(image.model()).isEqualTo("E-P3");
    // "OLYMPUS DIGITAL CAMERA" in ImageDescription is not a description; the lens is only in
    // the maker note, which is not read.
    assertThat(image.description()).isNull();
    assertThat(image.lens()).isNull();
  }

  @Test
  void extract_nikonWhitespaceOnlyCaption_isAbsent() {
    ImageMetadata image = camera("nikon_d100_icc_xmp.jpg").image();

    assertThat(image.description()).isNull();
    assertThat(image.title()).isNull();
    assertThat(image.keywords()).isNull();
  }

  @Test
  void extract_taggedCanon_prefersXmpAndKeepsNonAsciiText() {
    ImageMetadata image = camera("canon_g1xm2_tagged.jpg").image();

    assertThat(image.title()).isEqualTo("Lake at dawn");
    assertThat(image.description()).isEqualTo("Morning fog over the lake – Zürich");
    assertThat(image.keywords()).containsExactly("lake", "fog", "Zürich");
    // XMP dc:rights wins over the shorter IPTC CopyrightNotice.
    assertThat(image.copyright()).isEqualTo("© 2013 Example Photographer, CC-BY-4.0");
    assertThat(image.lens()).isEqualTo("10.5-52.5 mm");
    assertThat(image.captureTimeOffset()).isEqualTo("+01:00");
  }

  @Test
  void extract_nokiaN70IptcKeywords_keepsNumericKeywordAsText() {
    ImageMetadata image = camera("nokia_n70_iptc_keywords.jpg").image();

    assertThat(image.keywords())
        .containsExactly("HvK", "2006", "summer", "July", "holiday", "Hungary", "Budapest");
  }

  @Test
  void extract_iphoneXsHeic_readsExifAndProfileDespiteUndecodablePixels() {
    Extracted result = camera("apple_iphonexs_p3.heic");

    ImageMetadata image = result.image();
    assertThat(image.width()).isEqualTo(1025);
    assertThat(image.height()).isEqualTo(900);
    assertThat(image.model()).isEqualTo("iPhone XS");
    // The first EXIF block says :14; the second, a copy, says :12.
    assertThat(image.captureTime()).isEqualTo("2021-07-06T16:08:14");
    assertThat(image.captureTimeOffset()).isEqualTo("+03:00");
    assertThat(image.colorSpace()).isEqualTo("Display P3");
    assertThat(image.bitDepth()).isEqualTo(8);
    // The file's second ICC profile is empty, and the warning says so.
    assertThat(result.warnings()).singleElement().asString().startsWith("ICC Profile:");
  }

  @Test
  void extract_casioTiff_readsIfd0DateAndFirstChannelDepth() {
    ImageMetadata image = camera("casio_qvr51.tif").image();

    assertThat(image.width()).isEqualTo(300);
    assertThat(image.height()).isEqualTo(400);
    assertThat(image.make()).isEqualTo("CASIO COMPUTER CO.,LTD");
    assertThat(image.captureTime()).isEqualTo("2006-02-14T22:00:58");
    assertThat(image.orientation()).isNull();
    assertThat(image.bitDepth()).isEqualTo(8);
  }

  @Test
  void extract_mp4_readsUnroundedDurationFourccAndUtcCreation() {
    Extracted result = camera("h264_1080p.mp4");

    VideoMetadata video = result.video();
    assertThat(result.image()).isNull();
    assertThat(video.durationSeconds()).isEqualTo(0.98);
    assertThat(video.width()).isEqualTo(1920);
    assertThat(video.height()).isEqualTo(1080);
    assertThat(video.frameRate()).isCloseTo(24000.0 / 1001, within(1e-9));
    assertThat(video.codec()).isEqualTo("avc1");
    assertThat(video.creationTime()).isEqualTo("2016-02-06T00:53:22Z");
    assertThat(video.gps()).isNull();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_mp4WithAppleKeys_readsIso6709Position() {
    Gps gps = camera("h264_1080p_gps_keys.mp4").video().gps();

    assertThat(gps).isEqualTo(new Gps(47.3769, 8.5417, 408.0));
  }

  @Test
  void extract_mp4WithUserDataXyz_readsSouthernPosition() {
    Gps gps = camera("h264_1080p_gps_udta.mp4").video().gps();

    assertThat(gps).isEqualTo(new Gps(-33.8568, 151.2153, 5.5));
  }

  @Test
  void extract_quickTimeWithKeysAndUnsetDate_readsPositionAndLeavesDateAbsent() {
    Extracted result = camera("h264_1080p_keys.mov");

    VideoMetadata video = result.video();
    assertThat(video.gps()).isEqualTo(new Gps(-22.9519, -43.2105, 710.0));
    assertThat(video.creationTime()).isNull();
    assertThat(video.durationSeconds()).isEqualTo(1.043);
    assertThat(video.codec()).isEqualTo("avc1");
    assertThat(result.warnings()).isEmpty();
  }
}
