package dev.digest.pdftext.extract;

import java.math.BigDecimal;

/**
 * Bounds the work of one page: the operators each pass over its content runs, the wall-clock time
 * since the page started, and the decoded bytes of its content and inline images. A pass calls
 * {@link #tick()} for every operator; once a bound is passed it throws {@link PageLimitExceeded},
 * which unwinds PDFBox's content-stream engine (that only catches {@code IOException}s).
 */
final class PageGuard {
  /** The clock is read once every this many operators. */
  private static final int CLOCK_EVERY = 256;

  private final long maxOperators;
  private final long maxMillis;
  private final long maxContentBytes;
  private final long start = System.nanoTime();
  private long operators;
  private long contentBytes;

  PageGuard(ExtractLimits limits) {
    this.maxOperators = limits.maxOperatorsPerPage();
    this.maxMillis = limits.maxPageMillis();
    this.maxContentBytes = limits.maxContentBytes();
  }

  /** Starts counting operators again for another pass over the same page; the clock runs on. */
  void nextPass() {
    operators = 0;
    checkTime();
  }

  /** Counts one operator, and checks the bounds. */
  void tick() {
    operators++;
    if (operators > maxOperators) {
      throw new PageLimitExceeded("more than %d operators".formatted(maxOperators));
    }
    if (operators % CLOCK_EVERY == 0) {
      checkTime();
    }
  }

  /** Checks the clock alone. */
  void checkTime() {
    if (System.nanoTime() - start > maxMillis * 1_000_000L) {
      throw new PageLimitExceeded(
          "took longer than %s s"
              .formatted(BigDecimal.valueOf(maxMillis, 3).stripTrailingZeros().toPlainString()));
    }
  }

  /** The content bytes the page may still decode. */
  long contentLeft() {
    return maxContentBytes - contentBytes;
  }

  /**
   * Counts decoded content bytes; {@code bytes} is more than {@link #contentLeft()} when a
   * measurement stopped at that cap.
   */
  void addContent(long bytes, String what) {
    contentBytes += bytes;
    if (contentBytes > maxContentBytes) {
      throw new PageLimitExceeded(
          "%s decodes to more than the limit of %d bytes".formatted(what, maxContentBytes));
    }
  }

  /** A page bound was passed; the message says which, for the page's warning. */
  static final class PageLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PageLimitExceeded(String reason) {
      super(reason, null, false, false);
    }
  }
}
