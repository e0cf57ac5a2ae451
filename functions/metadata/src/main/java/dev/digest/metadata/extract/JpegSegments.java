package dev.digest.metadata.extract;

import com.drew.imaging.jpeg.JpegSegmentData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the segments of a JPEG up to its image data under a byte budget, because the stock reader
 * keeps every segment however many there are and sizes the extended-XMP buffer from a length the
 * file declares; here XMP is capped, oversized metadata is skipped with a warning, and a segment
 * whose length points past the end of the file is reported instead of trusted.
 */
final class JpegSegments {
  /** More segments than any camera or editor writes; beyond this the file is hostile. */
  static final int MAX_SEGMENTS = 4096;

  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int APP1 = 0xE1;
  private static final int COM = 0xFE;
  private static final byte[] XMP =
      "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP_EXTENSION =
      "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);

  /** Offset of the declared full length in an extended-XMP segment: signature, then a GUID. */
  private static final int EXTENSION_LENGTH_AT = XMP_EXTENSION.length + 32;

  /** Enough of an APP1 segment to tell XMP from EXIF and read an extension's declared length. */
  private static final int XMP_HEAD = EXTENSION_LENGTH_AT + 8;

  private JpegSegments() {}

  /**
   * Returns the metadata and frame-header segments before the first scan, in file order, or null
   * when the file is not a JPEG at all.
   *
   * @param in the upload, positioned at its first byte
   */
  static JpegSegmentData read(Input in, Limits limits, Warnings warnings) {
    JpegSegmentData data = new JpegSegmentData();
    if (in.readByte() != 0xFF || in.readByte() != SOI) {
      warnings.add("Not a JPEG: the file does not start with a JPEG start-of-image marker");
      return null;
    }
    long kept = 0;
    long xmpKept = 0;
    int segments = 0;
    while (true) {
      long at = in.position();
      int prefix = in.readByte();
      if (prefix < 0) {
        warnings.add("JPEG is truncated: it ends at byte " + at + ", before its image data");
        return data;
      }
      if (prefix != 0xFF) {
        warnings.add("JPEG is corrupt: no segment marker at byte " + at);
        return data;
      }
      int marker = in.readByte();
      while (marker == 0xFF) { // fill bytes before a marker
        marker = in.readByte();
      }
      if (marker < 0) {
        warnings.add("JPEG is truncated: it ends at byte " + in.position() + " inside a marker");
        return data;
      }
      if (marker == SOS || marker == EOI) {
        return data;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // TEM and RSTn stand alone, without a length
      }
      byte[] header = in.read(2);
      if (header.length < 2) {
        warnings.add("JPEG is truncated: it ends at byte " + in.position() + " inside a marker");
        return data;
      }
      int length = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
      if (length < 2) {
        warnings.add(
            "JPEG is corrupt: the segment at byte " + at + " declares a length of " + length);
        return data;
      }
      int size = length - 2;
      if (!wanted(marker)) {
        if (!skip(in, size, 0, at, warnings)) {
          return data;
        }
        continue;
      }
      if (segments >= MAX_SEGMENTS || kept + size > limits.maxBufferedBytes()) {
        warnings.add(
            "JPEG has more metadata than the limit of "
                + limits.maxBufferedBytes()
                + " bytes in "
                + MAX_SEGMENTS
                + " segments; the rest was skipped");
        if (!skip(in, size, 0, at, warnings)) {
          return data;
        }
        continue;
      }
      // Look at the start of an APP1 first, so oversized XMP is skipped without being read.
      byte[] bytes = in.read(marker == APP1 ? Math.min(size, XMP_HEAD) : size);
      boolean xmp = marker == APP1 && isXmp(bytes);
      if (xmp
          && (xmpKept + size > limits.maxXmpBytes() || declaresOversizedExtension(bytes, limits))) {
        warnings.add("XMP larger than the limit of " + limits.maxXmpBytes() + " bytes was skipped");
        if (!skip(in, size, bytes.length, at, warnings)) {
          return data;
        }
        continue;
      }
      if (bytes.length < size) {
        byte[] rest = in.read(size - bytes.length);
        byte[] whole = Arrays.copyOf(bytes, bytes.length + rest.length);
        System.arraycopy(rest, 0, whole, bytes.length, rest.length);
        bytes = whole;
      }
      if (bytes.length < size) {
        warnings.add(
            "JPEG is truncated: the segment at byte "
                + at
                + " declares "
                + size
                + " bytes but the file ends after "
                + bytes.length);
        return data;
      }
      if (xmp) {
        xmpKept += size;
      }
      kept += size;
      segments++;
      data.addSegment((byte) marker, bytes);
    }
  }

  /** Skips the rest of a segment of which {@code read} bytes were already read. */
  private static boolean skip(Input in, int size, int read, long at, Warnings warnings) {
    long skipped = read + in.skip(size - read);
    if (skipped < size) {
      warnings.add(
          "JPEG is truncated: the segment at byte "
              + at
              + " declares "
              + size
              + " bytes but the file ends after "
              + skipped);
      return false;
    }
    return true;
  }

  /** Application segments, comments and frame headers; not tables (DHT, DQT) nor DAC/JPG. */
  private static boolean wanted(int marker) {
    boolean frame =
        marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    boolean application = marker >= 0xE0 && marker <= 0xEF;
    return frame || application || marker == COM;
  }

  private static boolean isXmp(byte[] bytes) {
    return startsWith(bytes, XMP) || startsWith(bytes, XMP_EXTENSION);
  }

  /** Whether an extended-XMP segment declares a whole packet larger than the limit. */
  private static boolean declaresOversizedExtension(byte[] bytes, Limits limits) {
    if (!startsWith(bytes, XMP_EXTENSION) || bytes.length < EXTENSION_LENGTH_AT + 4) {
      return false;
    }
    long declared =
        ((bytes[EXTENSION_LENGTH_AT] & 0xFFL) << 24)
            | ((bytes[EXTENSION_LENGTH_AT + 1] & 0xFFL) << 16)
            | ((bytes[EXTENSION_LENGTH_AT + 2] & 0xFFL) << 8)
            | (bytes[EXTENSION_LENGTH_AT + 3] & 0xFFL);
    return declared > limits.maxXmpBytes();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
