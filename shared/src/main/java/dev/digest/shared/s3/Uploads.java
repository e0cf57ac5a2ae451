package dev.digest.shared.s3;

import dev.digest.shared.log.Log;
import java.util.Optional;

/**
 * The rules every consumer of uploads shares: which objects are its input, and the one log line per
 * object that dashboards and the local stack read.
 *
 * @param derivedBucket where outputs go; never an input
 * @param uploadPrefix the key prefix of uploads
 */
public record Uploads(String derivedBucket, String uploadPrefix) {
  /** Why an object is not an upload to process, or empty when it is one. */
  public Optional<String> skipReason(S3ObjectRef source) {
    if (source.bucket().equals(derivedBucket)) {
      return Optional.of("Skipped: object is in the derived bucket");
    }
    if (!source.key().startsWith(uploadPrefix)) {
      return Optional.of("Skipped: key is outside the upload prefix");
    }
    return Optional.empty();
  }

  /**
   * Logs the outcome of one object: INFO for {@code ok}, ERROR for {@code rejected}, else WARN.
   *
   * @param outcome {@code ok}, {@code rejected}, {@code skipped}
   * @param extra more name/value pairs
   */
  public static void logOutcome(
      Log log,
      S3ObjectRef source,
      String outcome,
      String message,
      Throwable error,
      Object... extra) {
    Object[] fields = new Object[6 + extra.length];
    fields[0] = "bucket";
    fields[1] = source.bucket();
    fields[2] = "key";
    fields[3] = source.key();
    fields[4] = "outcome";
    fields[5] = outcome;
    System.arraycopy(extra, 0, fields, 6, extra.length);
    switch (outcome) {
      case "ok" -> log.info(message, fields);
      case "rejected" -> log.error(message, error, fields);
      default -> log.warn(message, fields);
    }
  }
}
