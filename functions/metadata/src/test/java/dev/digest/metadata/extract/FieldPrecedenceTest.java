package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.extract;
import static dev.digest.metadata.extract.TestFiles.exifSegment;
import static dev.digest.metadata.extract.TestFiles.iptc;
import static dev.digest.metadata.extract.TestFiles.iptcSegment;
import static dev.digest.metadata.extract.TestFiles.jpeg;
import static dev.digest.metadata.extract.TestFiles.png;
import static dev.digest.metadata.extract.TestFiles.pngChunk;
import static dev.digest.metadata.extract.TestFiles.xmpPacket;
import static dev.digest.metadata.extract.TestFiles.xmpSegment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.metadata.extract.TestFiles.Entry;
import dev.digest.metadata.extract.TestFiles.Exif;
import dev.digest.shared.media.FileType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where two standards hold the same field, the documented one wins, and a blank value never hides a
 * real one: XMP over IPTC over EXIF, each sign reference applied, unset dates left absent.
 */
class FieldPrecedenceTest {
  private static final int OBJECT_NAME = 5;
  private static final int KEYWORDS = 25;
  private static final int COPYRIGHT = 116;
  private static final int CAPTION = 120;

  @Test
  void extract_xmpAndIptcDisagree_xmpWins() {
    byte[] file =
        jpeg(
            xmpSegment(xmpPacket("XMP title", List.of("xmp"), "")),
            iptcSegment(iptc(OBJECT_NAME, "IPTC title"), iptc(KEYWORDS, "iptc")));

    ImageMetadata image = extract(file, FileType.JPEG).image();

    assertThat(image.title()).isEqualTo("XMP title");
    assertThat(image.keywords()).containsExactly("xmp");
  }

  @Test
  void extract_onlyIptc_readsEveryIptcField() {
    byte[] file =
        jpeg(
            iptcSegment(
                iptc(OBJECT_NAME, "Zürich at night"),
                iptc(CAPTION, "  Lights on the Limmat  "),
                iptc(KEYWORDS, "city"),
                iptc(KEYWORDS, " "),
                iptc(KEYWORDS, "night"),
                iptc(COPYRIGHT, "© Example")));

    ImageMetadata image = extract(file, FileType.JPEG).image();

    assertThat(image.title()).isEqualTo("Zürich at night");
    assertThat(image.description()).isEqualTo("Lights on the Limmat");
    assertThat(image.keywords()).containsExactly("city", "night");
    assertThat(image.copyright()).isEqualTo("© Example");
  }

  @Test
  void extract_blankXmpDescription_fallsBackToIptcCaption() {
    String packet =
        xmpPacket("T", List.of(), "")
            .replace(
                "</dc:title>",
                "</dc:title><dc:description><rdf:Alt><rdf:li xml:lang='x-default'>   </rdf:li>"
                    + "</rdf:Alt></dc:description>");
    byte[] file = jpeg(xmpSegment(packet), iptcSegment(iptc(CAPTION, "From IPTC")));

    assertThat(extract(file, FileType.JPEG).image().description()).isEqualTo("From IPTC");
  }

  @Test
  void extract_onlyExifCopyrightWithEditorPart_keepsThePhotographersNotice() {
    Exif exif = new Exif();
    exif.ifd0.put(0x8298, Entry.ascii("Jane Doe\0Editor Co."));

    assertThat(extract(jpeg(exifSegment(exif.tiff())), FileType.JPEG).image().copyright())
        .isEqualTo("Jane Doe");
  }

  @Test
  void extract_southWestBelowSeaLevel_isNegativeEverywhere() {
    Exif exif = new Exif();
    exif.gps.put(0x0001, Entry.ascii("S"));
    exif.gps.put(0x0002, Entry.rationals(33, 1, 51, 1, 2154, 100));
    exif.gps.put(0x0003, Entry.ascii("W"));
    exif.gps.put(0x0004, Entry.rationals(70, 1, 39, 1, 5400, 100));
    exif.gps.put(0x0005, Entry.byteValue(1));
    exif.gps.put(0x0006, Entry.rationals(125, 10));

    Gps gps = extract(jpeg(exifSegment(exif.tiff())), FileType.JPEG).image().gps();

    assertThat(gps.latitude()).isEqualTo(-(33 + 51 / 60.0 + 21.54 / 3600));
    assertThat(gps.longitude()).isEqualTo(-(70 + 39 / 60.0 + 54.0 / 3600));
    assertThat(gps.altitude()).isEqualTo(-12.5);
  }

  @Test
  void extract_unsetDateAndAdobeRgb_dateAbsentWithoutWarningAndColourNamed() {
    Exif exif = new Exif();
    exif.exif.put(0x9003, Entry.ascii("0000:00:00 00:00:00"));
    exif.exif.put(0xA001, Entry.shortValue(2));

    Extracted result = extract(jpeg(exifSegment(exif.tiff())), FileType.JPEG);

    assertThat(result.image().captureTime()).isNull();
    assertThat(result.image().colorSpace()).isEqualTo("Adobe RGB");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_uncalibratedExifColourSpace_isNamedUncalibrated() {
    Exif exif = new Exif();
    exif.exif.put(0xA001, Entry.shortValue(0xFFFF));

    assertThat(extract(jpeg(exifSegment(exif.tiff())), FileType.JPEG).image().colorSpace())
        .isEqualTo("Uncalibrated");
  }

  @Test
  void extract_pngWithExifAndSrgbChunks_readsBoth() {
    Exif exif = new Exif();
    exif.ifd0.put(0x010F, Entry.ascii("PNG Camera"));
    exif.ifd0.put(0x0112, Entry.shortValue(3));

    ImageMetadata image =
        extract(png(pngChunk("sRGB", new byte[] {0}), pngChunk("eXIf", exif.tiff())), FileType.PNG)
            .image();

    assertThat(image.make()).isEqualTo("PNG Camera");
    assertThat(image.orientation()).isEqualTo(3);
    assertThat(image.colorSpace()).isEqualTo("sRGB");
  }
}
