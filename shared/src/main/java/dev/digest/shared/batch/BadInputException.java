package dev.digest.shared.batch;

/**
 * A record that can never succeed, such as a corrupt file: it is logged with its reason and not
 * retried, because a retry would fail the same way.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason a short stable code, such as {@code not-an-image}, for dashboards and tests
   * @param message the human-readable explanation
   */
  public BadInputException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Creates the exception keeping the underlying cause. */
  public BadInputException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The short stable code of the problem. */
  public String reason() {
    return reason;
  }
}
