package dev.digest.thumbnail.image;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Classifies an upload by its magic bytes, never its name, so video and HEIF containers get their
 * own handling and a rejected file can be described in the error message.
 */
final class ContentSniffer {
  /** What the first bytes say the upload is. */
  enum Kind {
    /** Anything else: handed to ImageIO, which decides whether it is an image. */
    IMAGE,
    /** An ISO base media (MP4, MOV, 3GP) or QuickTime file. */
    ISO_VIDEO,
    /** A HEIF still image container: HEIC, HEIF or AVIF. */
    HEIF,
    /** A video container that is not ISO base media, such as WebM or AVI. */
    OTHER_VIDEO
  }

  /** Brands of HEIF still images and image sequences (ISO/IEC 23008-12), AVIF included. */
  private static final Set<String> HEIF_BRANDS =
      Set.of(
          "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "mif2", "msf1",
          "avif", "avis", "avio");

  /** Major brands that mark a movie even when a HEIF brand is listed as compatible. */
  private static final Set<String> VIDEO_BRANDS =
      Set.of(
          "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "qt  ", "M4V ",
          "M4VH", "M4VP", "3gp4", "3gp5", "3gp6", "3g2a", "dash", "mmp4", "MSNV", "XAVC", "f4v ");

  /** QuickTime atoms that can open a .mov file written without an ftyp box. */
  private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip");

  private ContentSniffer() {}

  /** Classifies the upload from its first bytes. */
  static Kind classify(byte[] data) {
    if (ascii(data, 4, 4).equals("ftyp")) {
      return classifyFtyp(data);
    }
    if (QUICKTIME_ATOMS.contains(ascii(data, 4, 4)) && u32(data, 0) >= 8) {
      return Kind.ISO_VIDEO;
    }
    if (startsWith(data, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Kind.OTHER_VIDEO;
    }
    if (ascii(data, 0, 4).equals("RIFF") && ascii(data, 8, 4).equals("AVI ")) {
      return Kind.OTHER_VIDEO;
    }
    return Kind.IMAGE;
  }

  /** The ftyp major brand, for messages; empty when there is no ftyp box. */
  static String majorBrand(byte[] data) {
    return ascii(data, 4, 4).equals("ftyp") ? ascii(data, 8, 4).strip() : "";
  }

  /** A short description of what a file that no image reader accepts appears to be. */
  static String describe(byte[] data) {
    if (startsWith(data, 0x7F, 'E', 'L', 'F')) {
      return "an ELF executable";
    }
    if (startsWith(data, 'M', 'Z')) {
      return "a Windows (PE/MZ) executable";
    }
    if (startsWith(data, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(data, 0xCF, 0xFA, 0xED, 0xFE)) {
      return "a Mach-O executable or Java class file";
    }
    if (startsWith(data, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(data, 'P', 'K', 3, 4)) {
      return "a ZIP archive (or an Office document)";
    }
    if (startsWith(data, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (looksLikeText(data)) {
      return "text";
    }
    return "unrecognised binary data";
  }

  private static Kind classifyFtyp(byte[] data) {
    String major = ascii(data, 8, 4);
    if (HEIF_BRANDS.contains(major)) {
      return Kind.HEIF;
    }
    if (!VIDEO_BRANDS.contains(major)) {
      int end = (int) Math.min(data.length, Math.min(u32(data, 0), 256));
      for (int i = 16; i + 4 <= end; i += 4) {
        if (HEIF_BRANDS.contains(ascii(data, i, 4))) {
          return Kind.HEIF;
        }
      }
    }
    return Kind.ISO_VIDEO;
  }

  private static boolean looksLikeText(byte[] data) {
    int n = Math.min(data.length, 512);
    if (n == 0) {
      return false;
    }
    int printable = 0;
    for (int i = 0; i < n; i++) {
      int b = data[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t') {
        printable++;
      }
    }
    return printable == n;
  }

  private static boolean startsWith(byte[] data, int... magic) {
    if (data.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((data[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] data, int offset, int length) {
    if (data.length < offset + length) {
      return "";
    }
    return new String(data, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static long u32(byte[] data, int offset) {
    if (data.length < offset + 4) {
      return 0;
    }
    return ((data[offset] & 0xFFL) << 24)
        | ((data[offset + 1] & 0xFFL) << 16)
        | ((data[offset + 2] & 0xFFL) << 8)
        | (data[offset + 3] & 0xFFL);
  }
}
