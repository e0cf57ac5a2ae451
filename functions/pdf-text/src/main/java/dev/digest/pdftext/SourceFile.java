package dev.digest.pdftext;

import dev.digest.pdftext.extract.CappedOutput;
import dev.digest.shared.media.FileTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source PDF copied to local scratch space (java.io.tmpdir, Lambda's ephemeral storage), because
 * PDFBox needs random access and a large document must never be held in memory. Closing deletes the
 * file.
 *
 * @param path the local copy
 * @param size bytes
 * @param eTag the version read, without quotes; null for an inline document
 * @param contentType the declared Content-Type, or null
 * @param head the first bytes, for type detection
 */
record SourceFile(Path path, long size, String eTag, String contentType, byte[] head)
    implements AutoCloseable {
  /**
   * Copies a stream to a new scratch file, reading at most {@code limit + 1} bytes.
   *
   * @return the file, or null when the stream held more than {@code limit} bytes (nothing is left
   *     behind)
   */
  static SourceFile copy(InputStream in, long limit, String eTag, String contentType)
      throws IOException {
    Path path = Files.createTempFile("pdf-text-", ".pdf");
    boolean kept = false;
    try {
      long size;
      try (OutputStream out = Files.newOutputStream(path)) {
        size = in.transferTo(new CappedOutput(out, limit));
      } catch (CappedOutput.LimitReached e) {
        return null;
      }
      byte[] head;
      try (InputStream file = Files.newInputStream(path)) {
        head = file.readNBytes(FileTypes.HEAD_BYTES);
      }
      kept = true;
      return new SourceFile(path, size, eTag, contentType, head);
    } finally {
      if (!kept) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Writes bytes already in memory (an inline document) to a scratch file. */
  static SourceFile of(byte[] bytes) throws IOException {
    return copy(new java.io.ByteArrayInputStream(bytes), bytes.length, null, null);
  }

  /** Deletes the scratch file. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete scratch file " + path, e);
    }
  }

  /** Fails the copy as soon as the limit is passed, so a lying Content-Length cannot fill /tmp. */
}
