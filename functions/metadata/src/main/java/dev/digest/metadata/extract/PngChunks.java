package dev.digest.metadata.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Copies the metadata chunks of a PNG into a small PNG without pixels, because the stock reader
 * allocates whatever length a chunk declares, inflates compressed text without a bound, and loses
 * every chunk when the file is truncated; here lengths are checked against the budget, text that
 * would inflate beyond the XMP limit is skipped, and a truncated file keeps what came before the
 * cut.
 */
final class PngChunks {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] IEND = {
    0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82
  };

  /** Chunks the metadata reader uses; pixel data and everything else is skipped. */
  private static final Set<String> KEPT =
      Set.of(
          "IHDR", "cHRM", "sRGB", "gAMA", "iCCP", "bKGD", "tEXt", "zTXt", "iTXt", "tIME", "pHYs",
          "sBIT", "eXIf");

  private PngChunks() {}

  /**
   * Returns a PNG holding only the metadata chunks of the upload, or null when it is not a PNG.
   *
   * @param in the upload, positioned at its first byte
   */
  static byte[] read(Input in, Limits limits, Warnings warnings) {
    if (!Arrays.equals(in.read(SIGNATURE.length), SIGNATURE)) {
      warnings.add("Not a PNG: the file does not start with the PNG signature");
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SIGNATURE);
    long kept = 0;
    while (true) {
      long at = in.position();
      byte[] header = in.read(8);
      if (header.length == 0) {
        warnings.add("PNG is truncated: it ends at byte " + at + " without an IEND chunk");
        break;
      }
      if (header.length < 8) {
        warnings.add("PNG is truncated: it ends at byte " + in.position() + " inside a chunk");
        break;
      }
      long length = readUInt32(header, 0);
      String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
      if (length > Integer.MAX_VALUE || !type.chars().allMatch(Character::isLetter)) {
        warnings.add("PNG is corrupt: the chunk at byte " + at + " has an invalid length or type");
        break;
      }
      if (type.equals("IEND")) {
        break;
      }
      long size = length + 4; // data and CRC
      if (!KEPT.contains(type) || kept + size > limits.maxBufferedBytes()) {
        if (KEPT.contains(type)) {
          warnings.add(
              "PNG metadata beyond the limit of "
                  + limits.maxBufferedBytes()
                  + " bytes was skipped");
        }
        long skipped = in.skip(size);
        if (skipped < size) {
          warnings.add(truncated(type, at, size, skipped));
          break;
        }
        continue;
      }
      byte[] body = in.read((int) size);
      if (body.length < size) {
        warnings.add(truncated(type, at, size, body.length));
        break;
      }
      if (inflatesTooFar(type, body, limits)) {
        warnings.add(
            "PNG "
                + type
                + " chunk at byte "
                + at
                + " inflates beyond the limit of "
                + limits.maxXmpBytes()
                + " bytes and was skipped");
        continue;
      }
      kept += size;
      out.writeBytes(header);
      out.writeBytes(body);
    }
    out.writeBytes(IEND);
    return out.toByteArray();
  }

  private static String truncated(String type, long at, long size, long present) {
    return "PNG is truncated: the "
        + type
        + " chunk at byte "
        + at
        + " declares "
        + (size - 4)
        + " bytes but the file ends after "
        + present;
  }

  /** Whether a compressed text or profile chunk would inflate beyond its limit. */
  private static boolean inflatesTooFar(String type, byte[] body, Limits limits) {
    int dataEnd = body.length - 4;
    int keywordEnd = indexOf(body, 0, dataEnd);
    if (keywordEnd < 0) {
      return false;
    }
    int compressedAt;
    long limit;
    switch (type) {
      case "zTXt" -> {
        compressedAt = keywordEnd + 2; // compression method
        limit = limits.maxXmpBytes();
      }
      case "iCCP" -> {
        compressedAt = keywordEnd + 2;
        limit = limits.maxBufferedBytes();
      }
      case "iTXt" -> {
        if (keywordEnd + 1 >= dataEnd || body[keywordEnd + 1] == 0) {
          return false; // not compressed
        }
        int languageEnd = indexOf(body, keywordEnd + 3, dataEnd);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(body, languageEnd + 1, dataEnd);
        if (translatedEnd < 0) {
          return false;
        }
        compressedAt = translatedEnd + 1;
        limit = limits.maxXmpBytes();
      }
      default -> {
        return false;
      }
    }
    return compressedAt < dataEnd && inflatedSizeExceeds(body, compressedAt, dataEnd, limit);
  }

  private static boolean inflatedSizeExceeds(byte[] data, int from, int to, long limit) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, from, to - from);
      byte[] sink = new byte[8192];
      long total = 0;
      while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(sink);
        total += n;
        if (total > limit) {
          return true;
        }
        if (n == 0 && inflater.needsInput()) {
          break;
        }
      }
      return false;
    } catch (DataFormatException e) {
      return false; // the metadata reader reports corrupt compressed text itself
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static long readUInt32(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24)
        | ((b[at + 1] & 0xFFL) << 16)
        | ((b[at + 2] & 0xFFL) << 8)
        | (b[at + 3] & 0xFFL);
  }
}
