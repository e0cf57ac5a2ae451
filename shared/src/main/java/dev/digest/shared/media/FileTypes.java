package dev.digest.shared.media;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Detects a file's real type from its first bytes (magic numbers), never from its name. */
public final class FileTypes {
  /** How many leading bytes detection looks at; pass at least this many when the file has them. */
  public static final int HEAD_BYTES = 1024;

  /** HEVC-coded HEIF brands (ISO/IEC 23008-12). */
  private static final Set<String> HEIC_BRANDS =
      Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs");

  /** Generic HEIF brands, refined by the compatible brands. */
  private static final Set<String> HEIF_BRANDS = Set.of("mif1", "mif2", "msf1");

  /** AVIF brands. */
  private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis", "avio");

  /** Major brands that mark a movie even when a HEIF brand is listed as compatible. */
  private static final Set<String> VIDEO_BRANDS =
      Set.of(
          "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH",
          "M4VP", "3gp4", "3gp5", "3gp6", "3g2a", "dash", "mmp4", "MSNV", "XAVC", "f4v ");

  /** QuickTime atoms that can open a .mov file written without an ftyp box. */
  private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip");

  private FileTypes() {}

  /** Detects the type from the first bytes of a file ({@link #HEAD_BYTES} are enough). */
  public static FileType detect(byte[] head) {
    if (head.length == 0) {
      return FileType.EMPTY;
    }
    if (ascii(head, 4, 4).equals("ftyp")) {
      return isoMedia(head);
    }
    if (isQuickTime(head)) {
      return FileType.MOV;
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return FileType.JPEG;
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return FileType.PNG;
    }
    if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
      return FileType.GIF;
    }
    if (ascii(head, 0, 4).equals("RIFF")) {
      String form = ascii(head, 8, 4);
      if (form.equals("WEBP")) {
        return FileType.WEBP;
      }
      if (form.equals("AVI ")) {
        return FileType.AVI;
      }
    }
    if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
      return FileType.TIFF;
    }
    if (startsWith(head, 'B', 'M') && head.length >= 14) {
      return FileType.BMP;
    }
    if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
      return FileType.WEBM;
    }
    FileType other = nonMedia(head);
    if ((other == FileType.TEXT || other == FileType.UNKNOWN) && isPdf(head)) {
      return FileType.PDF;
    }
    return other;
  }

  /**
   * A PDF header at the start, after optional whitespace or a byte-order mark. Executables and
   * archives are recognised first, so a program carrying "%PDF-" is never taken for a PDF.
   */
  private static boolean isPdf(byte[] head) {
    int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < head.length && i < 64 && Character.isWhitespace(head[i])) {
      i++;
    }
    return indexOf(head, "%PDF-", i + 5) == i;
  }

  /**
   * A QuickTime file without an ftyp box: a {@code moov} or {@code mdat} atom first, or a padding
   * atom whose declared size lands on another known atom, so text such as "I'm free to..." is not
   * taken for a movie.
   */
  private static boolean isQuickTime(byte[] head) {
    String type = ascii(head, 4, 4);
    long size = u32(head, 0);
    boolean extendedSize = size == 1; // a 64-bit size follows the type
    if (!QUICKTIME_ATOMS.contains(type) || (size < 8 && !extendedSize)) {
      return false;
    }
    if (type.equals("moov") || type.equals("mdat")) {
      return true;
    }
    if (extendedSize || size + 8 > head.length) {
      return false;
    }
    String next = ascii(head, (int) size + 4, 4);
    return QUICKTIME_ATOMS.contains(next) || next.equals("ftyp");
  }

  private static FileType nonMedia(byte[] head) {
    if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
      return FileType.ELF;
    }
    if (startsWith(head, 'M', 'Z')) {
      return FileType.PE;
    }
    if (startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)
        || startsWith(head, 0xCF, 0xFA, 0xED, 0xFE)
        || startsWith(head, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(head, 0xFE, 0xED, 0xFA, 0xCE)
        || startsWith(head, 0xFE, 0xED, 0xFA, 0xCF)) {
      return FileType.MACH_O;
    }
    if (startsWith(head, '#', '!')) {
      return FileType.SCRIPT;
    }
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return FileType.ZIP;
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return FileType.GZIP;
    }
    return looksLikeText(head) ? FileType.TEXT : FileType.UNKNOWN;
  }

  private static FileType isoMedia(byte[] head) {
    String major = ascii(head, 8, 4);
    if (major.equals("qt  ")) {
      return FileType.MOV;
    }
    if (VIDEO_BRANDS.contains(major)) {
      return FileType.MP4;
    }
    if (HEIC_BRANDS.contains(major)) {
      return FileType.HEIC;
    }
    if (AVIF_BRANDS.contains(major)) {
      return FileType.AVIF;
    }
    int end = (int) Math.min(head.length, Math.min(u32(head, 0), 256));
    boolean heic = false;
    boolean avif = false;
    boolean heif = HEIF_BRANDS.contains(major);
    for (int i = 16; i + 4 <= end; i += 4) {
      String brand = ascii(head, i, 4);
      heic |= HEIC_BRANDS.contains(brand);
      avif |= AVIF_BRANDS.contains(brand);
      heif |= HEIF_BRANDS.contains(brand);
    }
    if (avif) {
      return FileType.AVIF;
    }
    if (heic) {
      return FileType.HEIC;
    }
    return heif ? FileType.HEIF : FileType.MP4;
  }

  /** Valid UTF-8 (a sequence cut off at the end is fine) without control characters. */
  private static boolean looksLikeText(byte[] data) {
    int n = Math.min(data.length, 512);
    for (int i = 0; i < n; i++) {
      int b = data[i] & 0xFF;
      if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C)) {
        return false;
      }
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = utf8.decode(ByteBuffer.wrap(data, 0, n), CharBuffer.allocate(n), false);
    return n > 0 && !result.isError();
  }

  private static int indexOf(byte[] data, String needle, int limit) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    int end = Math.min(data.length, limit) - n.length;
    for (int i = 0; i <= end; i++) {
      int j = 0;
      while (j < n.length && data[i + j] == n[j]) {
        j++;
      }
      if (j == n.length) {
        return i;
      }
    }
    return -1;
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
