package dev.digest.sentiment;

/** The whole request is unusable; {@code reason} is the stable code returned to the caller. */
final class BadRequestException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  BadRequestException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
