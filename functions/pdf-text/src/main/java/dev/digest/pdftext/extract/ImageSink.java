package dev.digest.pdftext.extract;

import java.io.IOException;

/** Receives embedded images as they are exported, so no image is held longer than needed. */
@FunctionalInterface
public interface ImageSink {
  /**
   * Takes one image.
   *
   * @param page the 1-based page number
   * @param n the 1-based index of the image on that page
   * @param extension the file extension, such as {@code jpg} or {@code png}
   * @param contentType the MIME type
   * @param bytes the encoded image
   */
  void accept(int page, int n, String extension, String contentType, byte[] bytes)
      throws IOException;
}
