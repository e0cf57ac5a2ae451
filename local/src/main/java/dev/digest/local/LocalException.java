package dev.digest.local;

/**
 * A problem with the local setup itself (a missing JAR, an unreadable template, an emulator that
 * would not start), as opposed to a function failing, so the runner can stop with a clear message.
 */
public final class LocalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what to do about it. */
  public LocalException(String message) {
    super(message);
  }

  /** Creates the exception keeping the underlying cause. */
  public LocalException(String message, Throwable cause) {
    super(message, cause);
  }
}
