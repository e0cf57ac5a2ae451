package dev.digest.thumbnail.image;

import dev.digest.shared.batch.BadInputException;

/** One rule for the pixel limit, so images and video frames are refused with the same message. */
final class PixelLimit {
  private PixelLimit() {}

  /**
   * Refuses dimensions whose area exceeds the limit, before anything is decoded.
   *
   * @param subject the start of the message, such as {@code "PNG declares"}
   */
  static void check(String subject, int width, int height, long maxPixels) {
    long pixels = (long) width * height;
    if (pixels > maxPixels) {
      throw new BadInputException(
          "too-many-pixels",
          subject
              + " "
              + width
              + "x"
              + height
              + " = "
              + pixels
              + " pixels, over the limit of "
              + maxPixels);
    }
  }
}
