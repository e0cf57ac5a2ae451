package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.TestFiles.box;
import static dev.digest.metadata.extract.TestFiles.boxHeader;
import static dev.digest.metadata.extract.TestFiles.concat;
import static dev.digest.metadata.extract.TestFiles.exifSegment;
import static dev.digest.metadata.extract.TestFiles.ftyp;
import static dev.digest.metadata.extract.TestFiles.jpeg;
import static dev.digest.metadata.extract.TestFiles.mvhd;
import static dev.digest.metadata.extract.TestFiles.png;
import static dev.digest.metadata.extract.TestFiles.pngChunk;

import dev.digest.metadata.extract.TestFiles.Entry;
import dev.digest.metadata.extract.TestFiles.Exif;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the committed bad-input fixtures in {@code src/test/resources/bad}, each small and each
 * broken in one way an upload can be. {@code BadInputTest} checks that the committed files are
 * exactly what this makes; run {@link #main} to write them again after changing it.
 */
final class BadFixtures {
  private BadFixtures() {}

  /** Writes every fixture into {@code src/test/resources/bad} (run from the module directory). */
  public static void main(String[] args) throws IOException {
    Files.createDirectories(Fixtures.BAD);
    for (Map.Entry<String, byte[]> fixture : all().entrySet()) {
      Files.write(Fixtures.BAD.resolve(fixture.getKey()), fixture.getValue());
    }
  }

  /** Every fixture by file name. */
  static Map<String, byte[]> all() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("empty.bin", new byte[0]);
    files.put("text-named.jpg", "just some text, not a picture\n".getBytes(StandardCharsets.UTF_8));
    files.put("truncated-in-exif.jpg", truncatedCameraJpeg());
    files.put("app1-length-past-eof.jpg", app1PastEndOfFile());
    files.put("ifd-loop.jpg", jpeg(exifSegment(ifdLoop())));
    files.put("impossible-values.jpg", jpeg(exifSegment(impossibleValues().tiff())));
    files.put("plain.png", png());
    files.put("png-chunk-length-lies.png", pngChunkLengthLies());
    files.put("png-ztxt-bomb.png", png(pngChunk("zTXt", zTxtBomb())));
    files.put("moov-box-size-lies.mp4", moovBoxSizeLies());
    files.put("moov-past-eof.mp4", moovPastEndOfFile());
    files.put("no-moov.mp4", concat(ftyp(), box("mdat", new byte[64])));
    files.put("heic-cut-with-lying-item.heic", heicCutWithLyingItem());
    return files;
  }

  /** The iPhone 4S file cut off in the middle of its EXIF segment. */
  private static byte[] truncatedCameraJpeg() {
    byte[] camera = Fixtures.bytes(Fixtures.CAMERA.resolve("apple_iphone4s_gps_west.jpg"));
    return Arrays.copyOf(camera, 600);
  }

  /** An EXIF segment declaring 65,000 bytes when the file ends 100 bytes later. */
  private static byte[] app1PastEndOfFile() {
    Exif exif = new Exif();
    exif.ifd0.put(0x010F, Entry.ascii("Lying Camera Co."));
    byte[] tiff = exif.tiff();
    ByteBuffer out = ByteBuffer.allocate(2 + 4 + 6 + tiff.length);
    out.put(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
    out.putShort((short) 65000);
    out.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
    return out.array();
  }

  /** IFD0 whose next-IFD offset and Exif IFD pointer both point back at IFD0 itself. */
  private static byte[] ifdLoop() {
    Exif exif = new Exif();
    exif.ifd0.put(0x010F, Entry.ascii("Loop"));
    exif.exif.put(0x9003, Entry.ascii("2020:01:02 03:04:05"));
    byte[] tiff = exif.tiff();
    ByteBuffer b = ByteBuffer.wrap(tiff);
    int entries = b.getShort(8);
    for (int i = 0; i < entries; i++) {
      int at = 10 + i * 12;
      if ((b.getShort(at) & 0xFFFF) == 0x8769) {
        b.putInt(at + 8, 8); // Exif IFD pointer -> IFD0
      }
    }
    b.putInt(10 + entries * 12, 8); // next IFD -> IFD0
    return tiff;
  }

  /** Values no camera writes: orientation 99, month 13, offset +99:00, latitude 200 degrees. */
  static Exif impossibleValues() {
    Exif exif = new Exif();
    exif.ifd0.put(0x010F, Entry.ascii("Odd"));
    exif.ifd0.put(0x0112, Entry.shortValue(99));
    exif.exif.put(0x9003, Entry.ascii("2024:13:45 25:61:00"));
    exif.exif.put(0x9011, Entry.ascii("+99:00"));
    exif.gps.put(0x0001, Entry.ascii("N"));
    exif.gps.put(0x0002, Entry.rationals(200, 1, 0, 1, 0, 1));
    exif.gps.put(0x0003, Entry.ascii("E"));
    exif.gps.put(0x0004, Entry.rationals(10, 1, 0, 1, 0, 1));
    return exif;
  }

  /** An iTXt chunk declaring 2 GB when 20 bytes follow. */
  private static byte[] pngChunkLengthLies() {
    byte[] valid = png();
    int afterHeader = 8 + 25;
    ByteBuffer lie = ByteBuffer.allocate(8 + 20);
    lie.putInt(0x7FFF_FFF0).put("iTXt".getBytes(StandardCharsets.ISO_8859_1)).put(new byte[20]);
    return concat(Arrays.copyOf(valid, afterHeader), lie.array());
  }

  /** A zTXt chunk whose 8 KB of compressed text inflate to 8 MB. */
  private static byte[] zTxtBomb() {
    byte[] compressed = TestFiles.deflate(new byte[8 * 1024 * 1024]);
    return concat("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1), compressed);
  }

  /**
   * The first 64 KB of the iPhone HEIC (its pixels cut off, as an interrupted upload leaves it),
   * with the EXIF item's length changed from 61,081 bytes to 2 GB.
   */
  private static byte[] heicCutWithLyingItem() {
    byte[] camera = Fixtures.bytes(Fixtures.CAMERA.resolve("apple_iphonexs_p3.heic"));
    byte[] cut = Arrays.copyOf(camera, 64 * 1024);
    ByteBuffer b = ByteBuffer.wrap(cut);
    for (int at = 0; at < 400; at++) {
      if (b.getInt(at) == 1749 && b.getInt(at + 10) == 61_081) { // base, count, offset, length
        b.putInt(at + 10, 0x7FFF_FFF0);
        return cut;
      }
    }
    throw new IllegalStateException("EXIF item location not found in the HEIC fixture");
  }

  /** A valid movie header followed by a track whose child declares 2 GB. */
  private static byte[] moovBoxSizeLies() {
    byte[] lyingTrack = box("trak", boxHeader("tkhd", 0x7FFF_FFF0L), new byte[16]);
    return concat(ftyp(), box("moov", mvhd(3_537_564_802L, 600, 1200), lyingTrack));
  }

  /** A movie box declaring 10 MB in a file that ends after its movie header. */
  private static byte[] moovPastEndOfFile() {
    byte[] header = mvhd(3_537_564_802L, 600, 1200);
    return concat(ftyp(), boxHeader("moov", 10_000_000), header);
  }
}
