package dev.digest.pdftext;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.s3.S3ObjectRef;

/**
 * A message this function sends to its own queue: an accepted async request, or the next chunk of a
 * document that did not fit in one invocation. The queue's event source mapping lets it through by
 * its {@code type}.
 *
 * @param type always {@value #TYPE}
 * @param jobId the id that follows a document through all its chunks, for logs and responses
 * @param bucket the upload bucket
 * @param key the decoded upload key
 * @param etag the version of the upload the job is for, without quotes; null for an async request
 *     made before the first chunk pinned it
 * @param firstPage the 1-based page this chunk starts at
 * @param chunk the 1-based number of this chunk
 */
public record PdfJob(
    String type, String jobId, String bucket, String key, String etag, int firstPage, int chunk) {
  /** The {@code type} that marks a job message. */
  public static final String TYPE = "pdf-text-job";

  /** The first chunk of a job. */
  public static PdfJob start(String jobId, S3ObjectRef source, String etag) {
    return new PdfJob(TYPE, jobId, source.bucket(), source.key(), etag, 1, 1);
  }

  /** The chunk after this one, starting at {@code nextPage} of the pinned version. */
  public PdfJob next(String pinnedETag, int nextPage) {
    return new PdfJob(TYPE, jobId, bucket, key, pinnedETag, nextPage, chunk + 1);
  }

  /** This chunk, for the version of the upload it actually read. */
  public PdfJob pinned(String readETag) {
    return new PdfJob(TYPE, jobId, bucket, key, readETag, firstPage, chunk);
  }

  /** The upload the job reads. */
  public S3ObjectRef source() {
    return new S3ObjectRef(bucket, key, -1, etag);
  }

  /** Whether a parsed message body is a job rather than an S3 event. */
  public static boolean isJob(JsonNode body) {
    return TYPE.equals(body.path("type").asText(null));
  }

  /** Reads a job message, rejecting one that lacks a field it needs, by name. */
  public static PdfJob parse(JsonNode body) {
    String jobId = text(body, "jobId");
    String bucket = text(body, "bucket");
    String key = text(body, "key");
    JsonNode etag = body.path("etag");
    int firstPage = body.path("firstPage").asInt(0);
    if (firstPage < 1) {
      throw new IllegalArgumentException("Job message needs firstPage >= 1: " + body);
    }
    int chunk = Math.max(1, body.path("chunk").asInt(1));
    return new PdfJob(
        TYPE, jobId, bucket, key, etag.isTextual() ? etag.asText() : null, firstPage, chunk);
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("Job message has no " + field + ": " + body);
    }
    return value.asText();
  }
}
