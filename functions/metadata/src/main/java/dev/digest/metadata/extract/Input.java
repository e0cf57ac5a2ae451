package dev.digest.metadata.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads the upload once, front to back, counting bytes, so that format readers can skip what they
 * do not need without holding it, and can tell the end of a truncated file (a content problem) from
 * a failing stream (an infrastructure problem, thrown so the caller retries).
 */
final class Input {
  /** Reads up to this size go straight into one array of the requested size. */
  private static final int DIRECT_READ = 1 << 20;

  private final InputStream in;
  private long position;

  Input(InputStream in) {
    this.in = in;
  }

  /** Bytes consumed so far, for warnings that say where a file went wrong. */
  long position() {
    return position;
  }

  /**
   * Reads {@code n} bytes, or fewer only when the stream ends first. Small reads fill one array;
   * large ones grow with the data, so a length a file merely declares is never allocated up front.
   */
  byte[] read(int n) {
    try {
      byte[] bytes;
      if (n <= DIRECT_READ) {
        bytes = new byte[n];
        int got = in.readNBytes(bytes, 0, n);
        if (got < n) {
          bytes = Arrays.copyOf(bytes, got);
        }
      } else {
        bytes = in.readNBytes(n);
      }
      position += bytes.length;
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload failed at byte " + position, e);
    }
  }

  /** Reads one byte, or returns -1 at the end of the stream. */
  int readByte() {
    try {
      int b = in.read();
      if (b >= 0) {
        position++;
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload failed at byte " + position, e);
    }
  }

  /** Skips {@code n} bytes without keeping them; returns how many there were before the end. */
  long skip(long n) {
    long done = 0;
    try {
      while (done < n) {
        long step = in.skip(n - done);
        if (step <= 0) {
          // skip() may return 0 before the end; one read tells the end from a pause.
          if (in.read() < 0) {
            break;
          }
          step = 1;
        }
        done += step;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload failed at byte " + (position + done), e);
    }
    position += done;
    return done;
  }
}
