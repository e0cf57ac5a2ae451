package dev.digest.tweetdigest.llm;

/** A model call that gave no usable answer, so callers fall back to their offline path. */
public final class LlmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** A failure; {@code retryable} when the same request may succeed later (429, 5xx, I/O). */
  public LlmException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  /** A failure with its cause. */
  public LlmException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether retrying the same request may help. */
  public boolean retryable() {
    return retryable;
  }
}
