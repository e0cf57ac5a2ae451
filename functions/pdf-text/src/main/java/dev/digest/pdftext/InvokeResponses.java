package dev.digest.pdftext;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.digest.shared.json.Json;

/**
 * The bodies a direct invoke returns besides the document itself: a pointer to outputs in S3 when
 * the document is too large for a Lambda response or not finished yet, and an error naming the
 * problem.
 */
final class InvokeResponses {
  private InvokeResponses() {}

  /**
   * Where a document is, or will be.
   *
   * @param state {@code done} (in S3, too large to return), {@code continuing} (later chunks are
   *     queued) or {@code queued} (async request accepted)
   * @param jobId the job, or null when done
   * @param status the document's status when done, else null
   * @param documentUri the {@code s3://} URI of {@code document.json}
   * @param textUri the {@code s3://} URI of {@code text.txt}
   * @param pageCount pages in the document, or null when not yet known
   * @param truncated true when the response leaves the document out because of its size
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Pointer(
      String state,
      String jobId,
      String status,
      String documentUri,
      String textUri,
      Integer pageCount,
      Boolean truncated) {}

  /**
   * A request that could not be served.
   *
   * @param status always {@code error}
   * @param error the stable reason and a sentence naming the problem
   */
  record ErrorResponse(String status, PdfDocument.Error error) {
    ErrorResponse(String reason, String message) {
      this("error", new PdfDocument.Error(reason, message));
    }
  }

  /** The response for an outcome: the document when it fits, else a pointer, or an error. */
  static Object of(Outcome outcome, PdfTextConfig config) {
    String bucket = config.uploads().derivedBucket();
    return switch (outcome) {
      case Outcome.Done done when fits(done.document(), config.maxResponseBytes()) ->
          done.document();
      case Outcome.Done done -> {
        String key = done.document().source().key();
        yield new Pointer(
            "done",
            null,
            done.document().status(),
            OutputKeys.uri(bucket, OutputKeys.document(key)),
            OutputKeys.uri(bucket, OutputKeys.text(key)),
            done.document().pageCount(),
            true);
      }
      case Outcome.Continuing c ->
          new Pointer(
              "continuing",
              c.jobId(),
              null,
              OutputKeys.uri(bucket, OutputKeys.document(c.source().key())),
              OutputKeys.uri(bucket, OutputKeys.text(c.source().key())),
              c.pageCount(),
              null);
      case Outcome.Queued q ->
          new Pointer(
              "queued",
              q.jobId(),
              null,
              OutputKeys.uri(bucket, OutputKeys.document(q.source().key())),
              null,
              null,
              null);
      case Outcome.Skipped s -> new ErrorResponse(s.reason(), s.message());
    };
  }

  /** Whether a value serializes to at most {@code maxBytes} bytes of JSON. */
  static boolean fits(Object value, int maxBytes) {
    try {
      return Json.mapper().writeValueAsBytes(value).length <= maxBytes;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not serialize " + value.getClass(), e);
    }
  }
}
