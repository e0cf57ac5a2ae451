package dev.digest.local;

import java.time.Duration;

/**
 * How one invocation ended, as the Lambda service sees it.
 *
 * @param requestId the invocation's request id
 * @param kind success, a function error, or a timeout
 * @param payload the response (on success) or the error document
 * @param errorType the error type, such as {@code java.lang.RuntimeException}; null on success
 * @param errorMessage the error message; null on success
 * @param duration how long the invocation ran
 */
record InvocationResult(
    String requestId,
    Kind kind,
    String payload,
    String errorType,
    String errorMessage,
    Duration duration) {

  /** The ways an invocation ends. */
  enum Kind {
    /** The function returned a response. */
    SUCCESS,
    /** The function threw, failed to initialise, or its runtime exited. */
    ERROR,
    /** The function ran past its timeout and was stopped. */
    TIMEOUT
  }

  /** Whether the function returned a response. */
  boolean succeeded() {
    return kind == Kind.SUCCESS;
  }

  /** The error as one line: {@code type: message}. */
  String describeError() {
    return errorType == null ? String.valueOf(errorMessage) : errorType + ": " + errorMessage;
  }
}
