package dev.digest.metadata.extract;

import java.nio.charset.StandardCharsets;

/**
 * Decodes an ICC profile's description tag from its raw bytes, because metadata-extractor's text
 * for version 4 profiles wraps the name in a language list ({@code 1 enUS(sRGB IEC61966-2.1 )})
 * while people and ExifTool know the profile by the name alone.
 */
final class IccDescription {
  private IccDescription() {}

  /**
   * Returns the description held by a {@code desc} (ICC v2), {@code mluc} (v4, English preferred)
   * or {@code text} tag, or null when the bytes hold none.
   */
  static String decode(byte[] tag) {
    if (tag == null || tag.length < 12) {
      return null;
    }
    String type = new String(tag, 0, 4, StandardCharsets.ISO_8859_1);
    return switch (type) {
      case "desc" -> ascii(tag, 12, (int) Math.min(uint32(tag, 8), tag.length - 12L));
      case "text" -> ascii(tag, 8, tag.length - 8);
      case "mluc" -> multiLocalized(tag);
      default -> null;
    };
  }

  private static String multiLocalized(byte[] tag) {
    if (tag.length < 16) {
      return null;
    }
    long records = uint32(tag, 8);
    long recordSize = uint32(tag, 12);
    if (recordSize < 12) {
      return null;
    }
    String first = null;
    for (long i = 0; i < records; i++) {
      long at = 16 + i * recordSize;
      if (at + 12 > tag.length) {
        break;
      }
      int record = (int) at;
      String language = new String(tag, record, 2, StandardCharsets.ISO_8859_1);
      long length = uint32(tag, record + 4);
      long offset = uint32(tag, record + 8);
      if (offset + length > tag.length) {
        continue;
      }
      String text = new String(tag, (int) offset, (int) length, StandardCharsets.UTF_16BE);
      if (language.equals("en")) {
        return trim(text);
      }
      if (first == null) {
        first = trim(text);
      }
    }
    return first;
  }

  private static String ascii(byte[] tag, int from, int length) {
    if (length <= 0) {
      return null;
    }
    return trim(new String(tag, from, length, StandardCharsets.ISO_8859_1));
  }

  private static String trim(String text) {
    int nul = text.indexOf('\0');
    String value = (nul >= 0 ? text.substring(0, nul) : text).strip();
    return value.isEmpty() ? null : value;
  }

  private static long uint32(byte[] d, int at) {
    return ((d[at] & 0xFFL) << 24)
        | ((d[at + 1] & 0xFFL) << 16)
        | ((d[at + 2] & 0xFFL) << 8)
        | (d[at + 3] & 0xFFL);
  }
}
