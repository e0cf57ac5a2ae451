package dev.digest.shared.s3;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.digest.shared.batch.SqsBatch;
import dev.digest.shared.log.Log;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The rules every consumer of uploads shares: which objects are its input, and the one log line per
 * object that dashboards and the local stack read.
 *
 * @param derivedBucket where outputs go; never an input
 * @param uploadPrefix the key prefix of uploads
 */
public record Uploads(String derivedBucket, String uploadPrefix) {
  /**
   * Runs the work for every S3 object in an SQS batch of upload events, one record at a time,
   * reporting only the records whose work threw ({@code ReportBatchItemFailures}).
   */
  public static SQSBatchResponse handle(
      SQSEvent event, Context context, Consumer<S3ObjectRef> work) {
    Log.bindRequest(context == null ? null : context.getAwsRequestId());
    return SqsBatch.process(
        event,
        context,
        message -> {
          for (S3ObjectRef source : S3Events.parse(message.getBody())) {
            work.accept(source);
          }
        });
  }

  /**
   * Runs the work on one object unless it is not an upload, or it was deleted before it could be
   * read; both are logged as {@code skipped}. Other failures propagate so the record is retried.
   */
  public <T> Optional<T> process(S3ObjectRef source, Log log, Function<S3ObjectRef, T> work) {
    Optional<String> skip = skipReason(source);
    if (skip.isPresent()) {
      logOutcome(log, source, "skipped", skip.get(), null);
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(work.apply(source));
    } catch (NoSuchKeyException e) {
      logOutcome(log, source, "skipped", "Skipped: object no longer exists", null);
      return Optional.empty();
    }
  }

  /**
   * A key as an S3 user-metadata value, which must be printable US-ASCII: '%', control and
   * non-ASCII characters become %XX escapes of their UTF-8 bytes, so {@code café} is {@code
   * caf%C3%A9} and URL-decoding gives the key back.
   */
  public static String metadataValue(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x20 || c > 0x7E || c == '%') {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  /** An ETag as S3 returns it, without the surrounding quotes; null stays null. */
  public static String plainETag(String eTag) {
    return eTag == null ? null : eTag.replace("\"", "");
  }

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
