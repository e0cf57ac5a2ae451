package dev.digest.metadata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the real ExifTool on every camera fixture and checks that each field we extract agrees with
 * it, because ExifTool is the reference photographers and archivists trust; a field that disagrees
 * fails the build unless it is a known gap listed below with its reason.
 *
 * <p>Normalisations, applied to ExifTool's values ({@code -json -n -G1 -struct}): text is trimmed
 * and whitespace-only text counts as absent (this also drops the trailing spaces of padded
 * Make/Model); EXIF {@code YYYY:MM:DD HH:MM:SS} becomes {@code YYYY-MM-DDTHH:MM:SS}, and the
 * QuickTime creation date (UTC by definition) gets a {@code Z}; an all-zero date is absent; EXIF
 * ColorSpace 1/2/65535 maps to sRGB/Adobe RGB/Uncalibrated; numeric keywords are compared as text;
 * a TIFF's {@code BitsPerSample} list compares by its first value; video altitude takes its sign
 * from {@code GPSAltitudeRef}. Tolerances: GPS 1e-7 degrees or metres, frame rate 1e-3 fps,
 * duration 1e-3 s. The video codec is compared as the fourcc ExifTool calls {@code CompressorID}.
 *
 * <p>A field counts as compared when either side has a value; both absent is counted separately.
 * The table goes to standard output and to {@code target/exiftool-agreement.txt}.
 */
class ExifToolAgreementIT {
  /**
   * Fields where we knowingly differ from ExifTool on a fixture, as {@code file:field} to reason.
   * Keep this short and honest; an entry that no longer disagrees fails the test too.
   */
  private static final Map<String, String> KNOWN_GAPS = Map.of();

  private static final double GPS_TOLERANCE = 1e-7;
  private static final double FRAME_RATE_TOLERANCE = 1e-3;
  private static final double DURATION_TOLERANCE = 1e-3;
  private static final Pattern EXIF_DATE =
      Pattern.compile("^(\\d{4}):(\\d{2}):(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** One row of the table: how often a field agreed, was compared, or was absent on both sides. */
  private static final class Tally {
    int agreed;
    int compared;
    int bothAbsent;
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final List<String> disagreements = new ArrayList<>();
  private final List<String> gapsSeen = new ArrayList<>();

  @Test
  void extraction_everyCameraFixture_agreesWithExifTool() throws Exception {
    String version = exiftoolVersion();
    List<Path> files = Fixtures.cameraFiles();
    assertThat(files).as("camera fixtures").hasSizeGreaterThanOrEqualTo(10);
    Map<String, JsonNode> reference = runExifTool(files);

    for (Path file : files) {
      String name = file.getFileName().toString();
      JsonNode et = reference.get(name);
      assertThat(et).as("ExifTool output for " + name).isNotNull();
      Extracted ours = Fixtures.extract(Fixtures.bytes(file));
      if (Fixtures.typeOf(Fixtures.bytes(file)).isVideo()) {
        compareVideo(name, et, ours.video());
      } else {
        compareImage(name, et, ours.image());
      }
    }

    String table = table(version, files.size());
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "exiftool-agreement.txt"), table, StandardCharsets.UTF_8);

    List<String> staleGaps = new ArrayList<>(KNOWN_GAPS.keySet());
    staleGaps.removeAll(gapsSeen);
    assertThat(staleGaps).as("known gaps that no longer disagree; remove them").isEmpty();
    assertThat(disagreements).as("fields that disagree with ExifTool " + version).isEmpty();
  }

  // ---- images --------------------------------------------------------------------------------

  private void compareImage(String file, JsonNode et, ImageMetadata ours) {
    assertThat(ours).as("image metadata of " + file).isNotNull();
    integer(
        file,
        "width",
        first(et, "File:ImageWidth", "IFD0:ImageWidth", "PNG:ImageWidth"),
        ours.width());
    integer(
        file,
        "height",
        first(et, "File:ImageHeight", "IFD0:ImageHeight", "PNG:ImageHeight"),
        ours.height());
    integer(file, "orientation", et.get("IFD0:Orientation"), ours.orientation());
    text(file, "make", text(et.get("IFD0:Make")), ours.make());
    text(file, "model", text(et.get("IFD0:Model")), ours.model());
    text(file, "lens", text(et.get("ExifIFD:LensModel")), ours.lens());
    text(
        file,
        "captureTime",
        exifDate(text(first(et, "ExifIFD:DateTimeOriginal", "IFD0:DateTimeOriginal")), ""),
        ours.captureTime());
    text(
        file,
        "captureTimeOffset",
        text(et.get("ExifIFD:OffsetTimeOriginal")),
        ours.captureTimeOffset());
    gps(file, "gps", et, ours.gps(), false);
    text(file, "title", firstText(et, "XMP-dc:Title", "IPTC:ObjectName"), ours.title());
    text(
        file,
        "description",
        firstText(et, "XMP-dc:Description", "IPTC:Caption-Abstract"),
        ours.description());
    List<String> keywords = list(et.get("XMP-dc:Subject"));
    if (keywords == null) {
      keywords = list(et.get("IPTC:Keywords"));
    }
    record(file, "keywords", keywords, ours.keywords(), Objects::equals);
    text(
        file,
        "copyright",
        firstText(et, "XMP-dc:Rights", "IPTC:CopyrightNotice", "IFD0:Copyright"),
        ours.copyright());
    text(file, "colorSpace", colorSpace(et), ours.colorSpace());
    record(
        file,
        "bitDepth",
        firstNumber(
            et,
            "File:BitsPerSample",
            "IFD0:BitsPerSample",
            "PNG:BitDepth",
            "QuickTime:BitDepthLuma"),
        ours.bitDepth(),
        Objects::equals);
  }

  private static String colorSpace(JsonNode et) {
    String icc = text(et.get("ICC_Profile:ProfileDescription"));
    if (icc != null) {
      return icc;
    }
    JsonNode exif = first(et, "ExifIFD:ColorSpace", "IFD0:ColorSpace");
    if (exif != null) {
      return switch (exif.asInt()) {
        case 1 -> "sRGB";
        case 2 -> "Adobe RGB";
        case 0xFFFF -> "Uncalibrated";
        default -> null;
      };
    }
    return et.has("PNG:SRGBRendering") ? "sRGB" : null;
  }

  // ---- videos --------------------------------------------------------------------------------

  private void compareVideo(String file, JsonNode et, VideoMetadata ours) {
    assertThat(ours).as("video metadata of " + file).isNotNull();
    String track = videoTrack(et);
    number(
        file,
        "video.durationSeconds",
        et.get("QuickTime:Duration"),
        ours.durationSeconds(),
        DURATION_TOLERANCE);
    integer(file, "video.width", et.get(track + ":ImageWidth"), ours.width());
    integer(file, "video.height", et.get(track + ":ImageHeight"), ours.height());
    number(
        file,
        "video.frameRate",
        et.get(track + ":VideoFrameRate"),
        ours.frameRate(),
        FRAME_RATE_TOLERANCE);
    text(file, "video.codec", text(et.get(track + ":CompressorID")), ours.codec());
    text(
        file,
        "video.creationTime",
        exifDate(text(et.get("QuickTime:CreateDate")), "Z"),
        ours.creationTime());
    gps(file, "video.gps", et, ours.gps(), true);
  }

  /** The group of the first video track, such as {@code Track1}; it is not always the first. */
  private static String videoTrack(JsonNode et) {
    for (int i = 1; i < 32; i++) {
      if ("vide".equals(text(et.get("Track" + i + ":HandlerType")))) {
        return "Track" + i;
      }
    }
    return "Track1";
  }

  // ---- GPS -----------------------------------------------------------------------------------

  private void gps(String file, String field, JsonNode et, Gps ours, boolean video) {
    JsonNode altitude = et.get("Composite:GPSAltitude");
    Double expectedAltitude = altitude == null ? null : altitude.asDouble();
    if (video && expectedAltitude != null && et.path("Composite:GPSAltitudeRef").asInt() == 1) {
      expectedAltitude = -expectedAltitude;
    }
    number(
        file,
        field + ".latitude",
        et.get("Composite:GPSLatitude"),
        ours == null ? null : ours.latitude(),
        GPS_TOLERANCE);
    number(
        file,
        field + ".longitude",
        et.get("Composite:GPSLongitude"),
        ours == null ? null : ours.longitude(),
        GPS_TOLERANCE);
    record(
        file,
        field + ".altitude",
        expectedAltitude,
        ours == null ? null : ours.altitude(),
        (a, b) -> Math.abs(a - b) <= GPS_TOLERANCE);
  }

  // ---- comparison and the table --------------------------------------------------------------

  private interface Agreement<T> {
    boolean test(T expected, T actual);
  }

  private void text(String file, String field, String expected, String actual) {
    record(file, field, expected, actual, Objects::equals);
  }

  private void integer(String file, String field, JsonNode expected, Integer actual) {
    record(file, field, expected == null ? null : expected.asInt(), actual, Objects::equals);
  }

  private void number(
      String file, String field, JsonNode expected, Double actual, double tolerance) {
    record(
        file,
        field,
        expected == null ? null : expected.asDouble(),
        actual,
        (a, b) -> Math.abs(a - b) <= tolerance);
  }

  private <T> void record(String file, String field, T expected, T actual, Agreement<T> agreement) {
    Tally tally = tallies.computeIfAbsent(field, f -> new Tally());
    if (expected == null && actual == null) {
      tally.bothAbsent++;
      return;
    }
    tally.compared++;
    boolean agrees = expected != null && actual != null && agreement.test(expected, actual);
    if (agrees) {
      tally.agreed++;
      return;
    }
    String key = file + ":" + field;
    if (KNOWN_GAPS.containsKey(key)) {
      gapsSeen.add(key);
      return;
    }
    disagreements.add(key + " ExifTool=" + expected + " ours=" + actual);
  }

  private String table(String version, int files) {
    StringBuilder out = new StringBuilder();
    out.append("Agreement with ExifTool ")
        .append(version)
        .append(" on ")
        .append(files)
        .append(" camera fixtures\n\n");
    out.append(String.format("%-24s %8s %9s %12s%n", "field", "agreed", "compared", "both absent"));
    int agreed = 0;
    int compared = 0;
    for (Map.Entry<String, Tally> row : tallies.entrySet()) {
      Tally t = row.getValue();
      out.append(
          String.format("%-24s %8d %9d %12d%n", row.getKey(), t.agreed, t.compared, t.bothAbsent));
      agreed += t.agreed;
      compared += t.compared;
    }
    out.append(String.format("%-24s %8d %9d%n", "total", agreed, compared));
    if (!gapsSeen.isEmpty()) {
      out.append("\nKnown gaps (not counted as agreed):\n");
      gapsSeen.forEach(
          g -> out.append("  ").append(g).append(": ").append(KNOWN_GAPS.get(g)).append('\n'));
    }
    if (!disagreements.isEmpty()) {
      out.append("\nDisagreements:\n");
      disagreements.forEach(d -> out.append("  ").append(d).append('\n'));
    }
    return out.toString();
  }

  // ---- ExifTool ------------------------------------------------------------------------------

  private static String exiftoolVersion() throws InterruptedException {
    try {
      Process process = new ProcessBuilder("exiftool", "-ver").redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
        return out;
      }
    } catch (IOException e) {
      // not installed; handled below
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("exiftool is required on CI (apt-get install libimage-exiftool-perl)");
    }
    Assumptions.abort("exiftool is not installed; install libimage-exiftool-perl to run this test");
    return null;
  }

  private static Map<String, JsonNode> runExifTool(List<Path> files) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "exiftool",
                "-json",
                "-n",
                "-G1",
                "-struct",
                "-charset",
                "UTF8",
                "-api",
                "LargeFileSupport=1"));
    files.forEach(f -> command.add(f.toString()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exiftool finished").isTrue();
    assertThat(process.exitValue()).as("exiftool exit code").isZero();
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode node : JSON.readTree(out)) {
      byName.put(Path.of(node.get("SourceFile").asText()).getFileName().toString(), node);
    }
    return byName;
  }

  // ---- reading ExifTool's JSON ---------------------------------------------------------------

  private static JsonNode first(JsonNode et, String... tags) {
    for (String tag : tags) {
      if (et.has(tag) && text(et.get(tag)) != null) {
        return et.get(tag);
      }
    }
    return null;
  }

  private static String firstText(JsonNode et, String... tags) {
    return text(first(et, tags));
  }

  /** The first number of a value that may be a list such as {@code "8 8 8 8"}. */
  private static Integer firstNumber(JsonNode et, String... tags) {
    String value = text(first(et, tags));
    return value == null ? null : Integer.valueOf(value.split("\\s+")[0]);
  }

  /** A value as trimmed text, numbers included; whitespace-only text is absent. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
    value = value.strip();
    return value.isEmpty() ? null : value;
  }

  /** A list tag, which ExifTool prints as a single value when it has one item. */
  private static List<String> list(JsonNode node) {
    if (node == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    Function<JsonNode, String> item = ExifToolAgreementIT::text;
    if (node.isArray()) {
      node.forEach(n -> values.add(item.apply(n)));
    } else {
      values.add(item.apply(node));
    }
    values.removeIf(Objects::isNull);
    return values.isEmpty() ? null : values;
  }

  /** An EXIF or QuickTime date as ISO-8601, with {@code suffix} appended; all zeros is absent. */
  private static String exifDate(String value, String suffix) {
    if (value == null || value.startsWith("0000:00:00")) {
      return null;
    }
    Matcher m = EXIF_DATE.matcher(value);
    if (!m.find()) {
      return value; // compared as is, so the difference shows
    }
    return String.format(
            "%s-%s-%sT%s:%s:%s",
            m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6))
        + suffix;
  }
}
