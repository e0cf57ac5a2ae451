package dev.digest.pdftext;

/**
 * A direct invoke this function cannot serve as sent; it becomes an error response, not a retry.
 */
final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason a stable code, such as {@code invalid-request}
   * @param message a sentence naming the problem
   */
  InvalidRequestException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The stable code. */
  String reason() {
    return reason;
  }
}
