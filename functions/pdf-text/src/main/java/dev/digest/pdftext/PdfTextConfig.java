package dev.digest.pdftext;

import dev.digest.shared.config.Env;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.Uploads;
import java.time.Duration;

/**
 * The PDF function's settings, read once at init so a missing or bad variable fails before the
 * first document.
 *
 * @param uploads the derived bucket (never an input) and the upload prefix
 * @param policy the allow list and size limit every consumer of uploads applies
 * @param queueUrl this function's own queue, where jobs and continuation chunks go
 * @param maxInlineBytes the largest decoded {@code pdfBase64} document accepted
 * @param timeReserve time kept free at the end of an invocation: no page starts within it, so the
 *     pages done can be saved and the next chunk queued
 * @param maxPagesPerChunk the most pages one invocation extracts before it queues the rest; {@code
 *     Integer.MAX_VALUE} (the default) means no limit, so only the time reserve ends a chunk
 * @param maxResponseBytes the largest serialized document a direct invoke returns whole; Lambda
 *     caps a response at 6 MB
 * @param maxExportedImages the most images exported from one document; later ones are left out with
 *     a warning in the document
 * @param maxReceiveCount the queue's {@code maxReceiveCount}: a record received this many times is
 *     on its last delivery, so a failure writes a {@code failed} document before it goes to the
 *     dead-letter queue
 */
public record PdfTextConfig(
    Uploads uploads,
    UploadPolicy policy,
    String queueUrl,
    int maxInlineBytes,
    Duration timeReserve,
    int maxPagesPerChunk,
    int maxResponseBytes,
    int maxExportedImages,
    int maxReceiveCount) {
  /** The default inline limit: 4 MiB decoded, which base64 makes about 5.3 MB of request. */
  public static final int DEFAULT_MAX_INLINE_BYTES = 4 * 1024 * 1024;

  /** The default time reserve in seconds. */
  public static final int DEFAULT_TIME_RESERVE_SECONDS = 30;

  /** The default response limit: 5.5 MB, under Lambda's 6 MB with room for the envelope. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 5_500_000;

  /** The default cap on exported images per document. */
  public static final int DEFAULT_MAX_EXPORTED_IMAGES = 500;

  /** The default receive limit, the queue's {@code maxReceiveCount} in the template. */
  public static final int DEFAULT_MAX_RECEIVE_COUNT = 3;

  /** Reads the configuration, failing with the variable's name when one is missing or bad. */
  public static PdfTextConfig fromEnv(Env env) {
    return new PdfTextConfig(
        new Uploads(env.require("DERIVED_BUCKET"), env.get("UPLOAD_PREFIX", "uploads/")),
        UploadPolicy.fromEnv(env),
        env.require("PDF_QUEUE_URL"),
        env.getInt("MAX_INLINE_BYTES", DEFAULT_MAX_INLINE_BYTES, 1, 6 * 1024 * 1024),
        Duration.ofSeconds(
            env.getInt("TIME_RESERVE_SECONDS", DEFAULT_TIME_RESERVE_SECONDS, 0, 600)),
        env.getInt("MAX_PAGES_PER_CHUNK", Integer.MAX_VALUE, 1, Integer.MAX_VALUE),
        env.getInt("MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES, 1, 6 * 1024 * 1024),
        env.getInt("MAX_EXPORTED_IMAGES", DEFAULT_MAX_EXPORTED_IMAGES, 0, 100_000),
        env.getInt("MAX_RECEIVE_COUNT", DEFAULT_MAX_RECEIVE_COUNT, 1, 1000));
  }
}
