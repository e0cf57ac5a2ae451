package dev.digest.pdftext.extract;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Counts the bytes written through it and stops the writer once they pass a limit, so neither a
 * download nor a decoded stream can grow without bound.
 */
public final class CappedOutput extends FilterOutputStream {
  private final long cap;
  private long count;

  /**
   * Wraps {@code out}; writing more than {@code cap} bytes in total throws {@link LimitReached}.
   */
  public CappedOutput(OutputStream out, long cap) {
    super(out);
    this.cap = cap;
  }

  /** The bytes written so far. */
  public long count() {
    return count;
  }

  @Override
  public void write(int b) throws IOException {
    add(1);
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    add(len);
    out.write(b, off, len);
  }

  private void add(long n) throws LimitReached {
    count += n;
    if (count > cap) {
      throw new LimitReached();
    }
  }

  /** Thrown when the limit is passed. */
  public static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("length limit reached");
    }
  }
}
