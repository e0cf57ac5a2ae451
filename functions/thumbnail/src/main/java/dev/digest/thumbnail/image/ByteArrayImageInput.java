package dev.digest.thumbnail.image;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input stream over bytes already in memory, so readers seek freely without ImageIO
 * copying the upload into a cache.
 */
final class ByteArrayImageInput extends ImageInputStreamImpl {
  private final byte[] data;

  /** Wraps the bytes without copying; the caller must not change them while reading. */
  ByteArrayImageInput(byte[] data) {
    this.data = data;
  }

  @Override
  public int read() {
    bitOffset = 0;
    return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    bitOffset = 0;
    if (length == 0) {
      return 0;
    }
    if (streamPos >= data.length) {
      return -1;
    }
    int n = (int) Math.min(length, data.length - streamPos);
    System.arraycopy(data, (int) streamPos, buffer, offset, n);
    streamPos += n;
    return n;
  }

  @Override
  public long length() {
    return data.length;
  }
}
