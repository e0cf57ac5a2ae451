package dev.digest.thumbnail.image;

import dev.digest.shared.media.FileType;
import dev.digest.shared.media.FileTypes;
import java.nio.charset.StandardCharsets;

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

  private ContentSniffer() {}

  /** Classifies the upload from its first bytes, through the shared detection. */
  static Kind classify(byte[] data) {
    FileType type = FileTypes.detect(data);
    return switch (type) {
      case HEIC, HEIF, AVIF -> Kind.HEIF;
      case MP4, MOV -> Kind.ISO_VIDEO;
      case WEBM, AVI -> Kind.OTHER_VIDEO;
      default -> Kind.IMAGE;
    };
  }

  /** The ftyp major brand, for messages; empty when there is no ftyp box. */
  static String majorBrand(byte[] data) {
    return ascii(data, 4, 4).equals("ftyp") ? ascii(data, 8, 4).strip() : "";
  }

  /** A short description of what a file that no image reader accepts appears to be. */
  static String describe(byte[] data) {
    return FileTypes.detect(data).description();
  }

  private static String ascii(byte[] data, int offset, int length) {
    if (data.length < offset + length) {
      return "";
    }
    return new String(data, offset, length, StandardCharsets.ISO_8859_1);
  }
}
