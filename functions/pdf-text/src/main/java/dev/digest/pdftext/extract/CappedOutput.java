package dev.digest.pdftext.extract;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes written through it and stops the writer once they pass a limit. */
final class CappedOutput extends FilterOutputStream {
  private final long cap;
  private long count;

  CappedOutput(OutputStream out, long cap) {
    super(out);
    this.cap = cap;
  }

  long count() {
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

  /** Thrown, and caught by the measurer, when the limit is passed. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("decoded length limit reached");
    }
  }
}
