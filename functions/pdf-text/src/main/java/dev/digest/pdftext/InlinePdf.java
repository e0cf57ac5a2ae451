package dev.digest.pdftext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes a document sent as {@code pdfBase64}, refusing oversize input before decoding it, and
 * names it by its SHA-256 so the same bytes always map to the same output keys.
 */
final class InlinePdf {
  private InlinePdf() {}

  /**
   * Decodes standard base64; line breaks and spaces, as tools wrap it, are ignored.
   *
   * @throws InvalidRequestException {@code invalid-base64} or {@code too-large}, naming the problem
   */
  static byte[] decode(String base64, int maxBytes) {
    String compact = base64.replaceAll("\\s+", "");
    if (compact.startsWith("data:")) {
      int comma = compact.indexOf(',');
      compact = comma < 0 ? "" : compact.substring(comma + 1);
    }
    long decodedAtLeast = compact.length() / 4L * 3 - 2;
    if (decodedAtLeast > maxBytes) {
      throw tooLarge(decodedAtLeast + " or more", maxBytes);
    }
    byte[] pdf;
    try {
      pdf = Base64.getDecoder().decode(compact.getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "invalid-base64", "pdfBase64 is not valid base64: " + e.getMessage());
    }
    if (pdf.length > maxBytes) {
      throw tooLarge(String.valueOf(pdf.length), maxBytes);
    }
    if (pdf.length == 0) {
      throw new InvalidRequestException("invalid-base64", "pdfBase64 is empty");
    }
    return pdf;
  }

  /** The lower-case hex SHA-256 of the bytes. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static InvalidRequestException tooLarge(String size, int maxBytes) {
    return new InvalidRequestException(
        "too-large",
        "pdfBase64 decodes to "
            + size
            + " bytes, over the inline limit of "
            + maxBytes
            + " bytes (MAX_INLINE_BYTES); upload larger PDFs and invoke with {\"bucket\",\"key\"}");
  }
}
