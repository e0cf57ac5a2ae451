package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.extract;
import static dev.digest.metadata.extract.TestFiles.jpeg;
import static dev.digest.metadata.extract.TestFiles.segment;
import static dev.digest.metadata.extract.TestFiles.xmpPacket;
import static dev.digest.metadata.extract.TestFiles.xmpSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.digest.shared.media.FileType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files made to exhaust memory or time: oversized XMP, keyword floods, entity expansion, and
 * randomly damaged copies of every camera fixture. These are generated here rather than committed.
 */
class HostileInputTest {
  private static final String GUID = "0123456789ABCDEF0123456789ABCDEF";

  @Test
  void extract_jpegWith40MegabytesOfExtendedXmp_skipsItAndAllocatesLittle() {
    byte[] file = jpegWithExtendedXmp(40 * 1024 * 1024);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadAllocatedBytes();
    Extracted result = Fixtures.EXTRACTOR.extract(new ByteArrayInputStream(file), FileType.JPEG);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(result.image().title()).isEqualTo("Huge");
    assertThat(result.warnings())
        .containsExactly("XMP larger than the limit of 1048576 bytes was skipped");
    assertThat(allocated)
        .as("bytes allocated for a %d-byte file", file.length)
        .isLessThan(8L << 20);
  }

  @Test
  void extract_extendedXmpWithinTheLimit_isMergedIntoTheMainPacket() {
    String extension =
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
            + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
            + " rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:description><rdf:Alt>"
            + "<rdf:li xml:lang='x-default'>From the extension</rdf:li></rdf:Alt></dc:description>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    byte[] body = extension.getBytes(StandardCharsets.UTF_8);
    byte[] file =
        jpeg(
            xmpSegment(xmpPacket("Main", List.of(), " xmpNote:HasExtendedXMP='" + GUID + "'")),
            extensionSegment(body.length, 0, body));

    ImageMetadata image = extract(file, FileType.JPEG).image();

    assertThat(image.title()).isEqualTo("Main");
    assertThat(image.description()).isEqualTo("From the extension");
  }

  @Test
  void extract_thousandsOfKeywords_keepsTheLimitAndWarns() {
    List<String> keywords = IntStream.range(0, 2500).mapToObj(i -> "kw" + i).toList();
    byte[] file = jpeg(xmpSegment(xmpPacket("Many", keywords, "")));

    Extracted result = extract(file, FileType.JPEG);

    assertThat(result.image().keywords()).hasSize(100).startsWith("kw0", "kw1").endsWith("kw99");
    assertThat(result.warnings()).containsExactly("More than 100 keywords; the rest were dropped");
  }

  @Test
  void extract_sixtyThousandCharacterTitle_isCutToTheLimit() {
    byte[] file = jpeg(xmpSegment(xmpPacket("x".repeat(60_000), List.of(), "")));

    ImageMetadata image = extract(file, FileType.JPEG).image();

    assertThat(image.title()).hasSize(2000);
  }

  @Test
  void extract_xmpWithEntityExpansion_finishesQuicklyWithoutTheExpansion() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 'aaaaaaaaaa'>");
    for (int i = 1; i < 10; i++) {
      doctype.append("<!ENTITY a").append(i).append(" '");
      doctype.append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
    }
    doctype.append("]>");
    String packet = doctype + xmpPacket("&a9;", List.of(), "");
    byte[] file = jpeg(xmpSegment(packet));

    Extracted result =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(file, FileType.JPEG));

    // The XMP parser refuses document type declarations outright.
    assertThat(result.image().title()).isNull();
    assertThat(result.warnings())
        .containsExactly("XMP: Error processing XMP data: XML parsing failure");
  }

  @Test
  void extract_deeplyNestedXmp_finishesWithoutThrowing() {
    int depth = 1200; // as deep as fits in one 64 KB segment
    String open = "<dc:x><rdf:Description>".repeat(depth);
    String close = "</rdf:Description></dc:x>".repeat(depth);
    String packet =
        xmpPacket("Deep", List.of(), "")
            .replace("</rdf:Description></rdf:RDF>", open + close + "</rdf:Description></rdf:RDF>");
    byte[] file = jpeg(xmpSegment(packet));

    Extracted result =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(file, FileType.JPEG));

    assertThat(result.image().width()).isEqualTo(1);
  }

  @Test
  void extract_tooManyXmpPackets_keepsThoseWithinTheLimit() {
    List<byte[]> segments = new ArrayList<>();
    String filler = " xmpNote:Filler='" + "f".repeat(60_000) + "'";
    for (int i = 0; i < 40; i++) {
      segments.add(xmpSegment(xmpPacket("Packet " + i, List.of(), filler)));
    }

    Extracted result = extract(jpeg(segments.toArray(byte[][]::new)), FileType.JPEG);

    assertThat(result.image().title()).isEqualTo("Packet 0");
    assertThat(result.warnings())
        .contains("XMP larger than the limit of 1048576 bytes was skipped");
  }

  static List<Path> cameraFiles() {
    return Fixtures.cameraFiles();
  }

  @ParameterizedTest
  @MethodSource("cameraFiles")
  void extract_truncatedOrCorruptedCameraFile_neverThrows(Path file) {
    byte[] original = Fixtures.bytes(file);
    FileType type = Fixtures.typeOf(original);
    List<byte[]> variants = new ArrayList<>();
    for (int tenth = 1; tenth < 10; tenth++) {
      variants.add(Arrays.copyOf(original, original.length * tenth / 10));
    }
    for (int cut : new int[] {1, 2, 7, 16, 100, 1000}) {
      variants.add(Arrays.copyOf(original, Math.min(cut, original.length)));
    }
    Random random = new Random(file.getFileName().toString().hashCode());
    for (int round = 0; round < 20; round++) {
      byte[] damaged = original.clone();
      int span = Math.min(damaged.length, 8192); // metadata lives near the start
      for (int i = 0; i < 24; i++) {
        damaged[random.nextInt(span)] = (byte) random.nextInt(256);
      }
      variants.add(damaged);
    }

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (byte[] variant : variants) {
            Extracted result = extract(variant, type);
            assertThat(result.warnings()).hasSizeLessThanOrEqualTo(Warnings.MAX + 1);
          }
        });
  }

  // ---- builders ------------------------------------------------------------------------------

  /** A JPEG whose XMP announces an extension of {@code size} bytes, sent in 65,000-byte parts. */
  private static byte[] jpegWithExtendedXmp(int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 65536);
    out.write(0xFF);
    out.write(0xD8);
    out.writeBytes(
        xmpSegment(xmpPacket("Huge", List.of(), " xmpNote:HasExtendedXMP='" + GUID + "'")));
    byte[] part = new byte[65_000];
    Arrays.fill(part, (byte) ' ');
    for (int offset = 0; offset < size; offset += part.length) {
      out.writeBytes(extensionSegment(size, offset, part));
    }
    out.writeBytes(TestFiles.frameAndScan());
    return out.toByteArray();
  }

  private static byte[] extensionSegment(int fullLength, int offset, byte[] part) {
    ByteBuffer payload = ByteBuffer.allocate(35 + 32 + 8 + part.length);
    payload.put("http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1));
    payload.put(GUID.getBytes(StandardCharsets.ISO_8859_1));
    payload.putInt(fullLength).putInt(offset).put(part);
    return segment(0xE1, payload.array());
  }
}
