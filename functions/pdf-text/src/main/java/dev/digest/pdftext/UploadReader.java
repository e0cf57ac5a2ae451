package dev.digest.pdftext;

import dev.digest.shared.media.FileType;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.S3ObjectRef;
import dev.digest.shared.s3.Uploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Copies an upload to scratch space only when it is still the version a job is for and the shared
 * upload policy accepts it as a PDF, aborting the download as soon as either check fails.
 */
final class UploadReader {
  /** The downloaded upload, or why it is not processed. */
  sealed interface Fetched {
    /** A local copy of an accepted PDF. */
    record File(SourceFile file) implements Fetched {}

    /**
     * Not processed.
     *
     * @param reason {@code stale}, {@code too-large}, {@code not-a-pdf} or another policy reason
     * @param detail for {@code stale} the upload's current ETag, else a sentence naming the problem
     */
    record Refused(String reason, String detail) implements Fetched {}
  }

  private final S3Client s3;
  private final UploadPolicy policy;

  UploadReader(S3Client s3, UploadPolicy policy) {
    this.s3 = s3;
    this.policy = policy;
  }

  /**
   * Downloads an upload. S3 errors, including a missing object, propagate.
   *
   * @param expectedETag the version the job is for, or null for whatever is there now
   */
  Fetched fetch(S3ObjectRef source, String expectedETag) {
    ResponseInputStream<GetObjectResponse> in =
        s3.getObject(b -> b.bucket(source.bucket()).key(source.key()));
    try (in) {
      GetObjectResponse head = in.response();
      String eTag = Uploads.plainETag(head.eTag());
      if (expectedETag != null && !expectedETag.equals(eTag)) {
        in.abort();
        return new Fetched.Refused("stale", eTag);
      }
      if (head.contentLength() != null && head.contentLength() > policy.maxBytes()) {
        in.abort();
        return tooLarge(head.contentLength());
      }
      SourceFile file = SourceFile.copy(in, policy.maxBytes(), eTag, head.contentType());
      if (file == null) {
        in.abort();
        return tooLarge(null);
      }
      UploadPolicy.Verdict verdict =
          policy.check(file.head(), file.size(), source.key(), file.contentType());
      if (verdict.detected() != FileType.PDF) {
        file.close();
        return new Fetched.Refused(
            "not-a-pdf", "Skipped: not a PDF, the content is " + verdict.detected().description());
      }
      if (!verdict.accepted()) {
        file.close();
        return new Fetched.Refused(verdict.reason(), verdict.message());
      }
      return new Fetched.File(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + source, e);
    }
  }

  private Fetched tooLarge(Long size) {
    return new Fetched.Refused(
        "too-large",
        "The upload is "
            + (size == null ? "more than " + policy.maxBytes() : size)
            + " bytes, over the limit of "
            + policy.maxBytes()
            + " bytes");
  }
}
