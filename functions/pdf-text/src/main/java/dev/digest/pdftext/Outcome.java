package dev.digest.pdftext;

import dev.digest.shared.s3.S3ObjectRef;

/** What became of one request or chunk, for the direct-invoke response; queues only log it. */
public sealed interface Outcome {
  /**
   * The document is finished.
   *
   * @param document the document
   * @param stored whether its outputs are in the derived bucket (always for uploads; for inline
   *     documents only when too large for a response or when images were exported)
   */
  record Done(PdfDocument document, boolean stored) implements Outcome {}

  /**
   * One chunk is done and the next is queued.
   *
   * @param jobId the job
   * @param source the upload
   * @param nextPage the page the next chunk starts at
   * @param pageCount pages in the document
   */
  record Continuing(String jobId, S3ObjectRef source, int nextPage, int pageCount)
      implements Outcome {}

  /**
   * An async request was queued.
   *
   * @param jobId the job
   * @param source the upload
   */
  record Queued(String jobId, S3ObjectRef source) implements Outcome {}

  /**
   * Nothing was extracted.
   *
   * @param reason a stable code, such as {@code not-a-pdf} or {@code stale}
   * @param message a sentence naming the problem
   */
  record Skipped(String reason, String message) implements Outcome {}
}
