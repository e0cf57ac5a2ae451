package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import dev.digest.shared.log.Log;
import dev.digest.shared.s3.S3ObjectRef;
import dev.digest.shared.s3.Uploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Extracts one PDF per request or chunk: a document too long for one invocation is extracted in
 * chunks that save their pages and queue the rest, and the chunk that reaches the last page
 * assembles and writes the outputs. S3 and SQS errors propagate so the record is retried.
 */
public final class PdfTextService {
  private static final Log LOG = Log.of(PdfTextService.class);

  /** The most characters of an exception a {@code failed} document quotes. */
  private static final int MAX_FAILURE_MESSAGE = 1000;

  private final S3Client s3;
  private final Extraction extraction;
  private final UploadReader reader;
  private final Completion completion;
  private final InlineExtractor inline;
  private final JobQueue jobs;
  private final OutputStore outputs;
  private final PdfTextConfig config;

  /** Creates the service around clients and an extractor that live as long as the function. */
  public PdfTextService(S3Client s3, SqsClient sqs, Extraction extraction, PdfTextConfig config) {
    this.s3 = s3;
    this.extraction = extraction;
    this.jobs = new JobQueue(sqs, config.queueUrl());
    this.outputs = new OutputStore(s3, config.uploads().derivedBucket());
    this.reader = new UploadReader(s3, config.policy());
    this.completion = new Completion(extraction, outputs, config.maxExportedImages());
    this.inline = new InlineExtractor(extraction, completion, outputs, config);
    this.config = config;
  }

  /** Extracts a small generated document, writing nothing; see {@link WarmUp}. */
  public void warmUp() {
    WarmUp.run(extraction);
  }

  /** The settings, for shaping responses. */
  public PdfTextConfig config() {
    return config;
  }

  /**
   * Queue: extracts an upload named by an S3 event, from its first page.
   *
   * @param receiveCount the record's {@code ApproximateReceiveCount}, or 0 when unknown
   * @return what happened, or empty when the object was skipped as no upload or already deleted
   */
  public Optional<Outcome> processUpload(S3ObjectRef source, int receiveCount, Context context) {
    return processJob(PdfJob.start(newJobId(), source, null), receiveCount, context);
  }

  /**
   * Queue: runs one chunk of a job. When the chunk throws on the record's last delivery ({@code
   * receiveCount} at least {@code MAX_RECEIVE_COUNT}), a {@code failed} document is written first,
   * so the upload has a document while its message waits in the dead-letter queue; the failure is
   * still thrown, so the record is reported as failed.
   *
   * @param receiveCount the record's {@code ApproximateReceiveCount}, or 0 when unknown
   */
  public Optional<Outcome> processJob(PdfJob job, int receiveCount, Context context) {
    return config
        .uploads()
        .process(
            job.source(),
            LOG,
            s -> {
              try {
                return run(job, context);
              } catch (NoSuchKeyException e) {
                throw e;
              } catch (RuntimeException e) {
                if (receiveCount >= config.maxReceiveCount()) {
                  recordFailure(job, receiveCount, e);
                }
                throw e;
              }
            });
  }

  /** Direct invoke: extracts an upload now, as far as this invocation's time allows. */
  public Outcome extractNow(S3ObjectRef source, Context context) {
    Optional<Outcome> refused = refuseNonUpload(source);
    if (refused.isPresent()) {
      return refused.get();
    }
    try {
      return run(PdfJob.start(newJobId(), source, null), context);
    } catch (NoSuchKeyException e) {
      return notFound(source);
    }
  }

  /** Direct invoke with {@code async}: queues the upload's first chunk and returns at once. */
  public Outcome enqueue(S3ObjectRef source) {
    Optional<Outcome> refused = refuseNonUpload(source);
    if (refused.isPresent()) {
      return refused.get();
    }
    String eTag;
    try {
      eTag =
          Uploads.plainETag(s3.headObject(b -> b.bucket(source.bucket()).key(source.key())).eTag());
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return notFound(source);
      }
      throw e;
    }
    PdfJob job = PdfJob.start(newJobId(), source, eTag);
    jobs.send(job);
    LOG.info(
        "Job queued",
        "bucket",
        source.bucket(),
        "key",
        source.key(),
        "outcome",
        "queued",
        "jobId",
        job.jobId());
    return new Outcome.Queued(job.jobId(), source);
  }

  /**
   * Direct invoke with {@code pdfBase64}: extracts decoded bytes in this invocation; see {@link
   * InlineExtractor}.
   */
  public Outcome extractInline(byte[] pdf, Context context) {
    return inline.extract(pdf, context);
  }

  private Outcome run(PdfJob job, Context context) {
    int documentKey = OutputKeys.documentKeyBytes(job.key());
    if (documentKey > OutputKeys.MAX_KEY_BYTES) {
      return keyTooLong(job, documentKey);
    }
    if (job.firstPage() > 1 && job.etag() != null && alreadyCommitted(job.key(), job.etag())) {
      return duplicate(job);
    }
    UploadReader.Fetched fetched = reader.fetch(job.source(), job.etag());
    return switch (fetched) {
      case UploadReader.Fetched.Refused refused -> refuse(job, refused);
      case UploadReader.Fetched.File file -> {
        try (SourceFile local = file.file()) {
          yield extractChunk(job.pinned(local.eTag()), local, context);
        }
      }
    };
  }

  private Outcome extractChunk(PdfJob job, SourceFile file, Context context) {
    PdfDocument.Source source =
        new PdfDocument.Source(job.bucket(), job.key(), file.size(), file.eTag());
    ChunkBudget budget = new ChunkBudget(context, config.timeReserve(), config.maxPagesPerChunk());
    try (OpenPdf pdf = extraction.open(file.path())) {
      PdfInfo info = pdf.info();
      int longest =
          OutputKeys.longestKeyBytes(
              job.key(), job.etag(), info.pageCount(), config.maxExportedImages());
      if (longest > OutputKeys.MAX_KEY_BYTES) {
        return keyTooLong(job, longest);
      }
      List<PdfPage> pages = pdf.extractPages(job.firstPage(), budget.stop());
      int next = pages.isEmpty() ? job.firstPage() : pages.get(pages.size() - 1).number() + 1;
      if (next <= info.pageCount()) {
        if (pages.isEmpty()) {
          throw new IllegalStateException(
              "No page extracted from page " + job.firstPage() + " of " + job.source());
        }
        return continueLater(job, pages, next, info.pageCount());
      }
      Optional<List<PdfPage>> all =
          job.chunk() == 1 ? Optional.of(pages) : assemble(job, pages, info.pageCount());
      if (all.isEmpty()) {
        return duplicate(job);
      }
      PdfDocument document =
          completion.complete(
              pdf, info, all.get(), source, job.chunk(), budget, List.of(), job.etag());
      return commit(job, document);
    } catch (PdfException e) {
      return failed(job, source, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not extract " + job.source(), e);
    }
  }

  private Outcome continueLater(PdfJob job, List<PdfPage> pages, int next, int pageCount) {
    int from = pages.get(0).number();
    int to = pages.get(pages.size() - 1).number();
    outputs.writePart(
        job.key(), job.etag(), from, to, new PdfPart(job.jobId(), job.chunk(), pages));
    jobs.send(job.next(job.etag(), next));
    LOG.info(
        "Chunk saved; the rest of the document is queued",
        "bucket",
        job.bucket(),
        "key",
        job.key(),
        "outcome",
        "continuing",
        "jobId",
        job.jobId(),
        "chunk",
        job.chunk(),
        "pages",
        from + "-" + to,
        "nextPage",
        next,
        "pageCount",
        pageCount);
    return new Outcome.Continuing(job.jobId(), job.source(), next, pageCount);
  }

  /**
   * Joins the saved parts and the last chunk's pages. A page may be in two parts when a chunk was
   * retried; the copies are equal, so either serves.
   *
   * @return every page, or empty when the parts are gone because a duplicate of this job already
   *     committed the same version
   */
  private Optional<List<PdfPage>> assemble(PdfJob job, List<PdfPage> last, int pageCount) {
    TreeMap<Integer, PdfPage> byNumber = new TreeMap<>();
    for (PdfPart part : outputs.readParts(job.key(), job.etag())) {
      part.pages().forEach(p -> byNumber.putIfAbsent(p.number(), p));
    }
    last.forEach(p -> byNumber.put(p.number(), p));
    int[] missing =
        IntStream.rangeClosed(1, pageCount).filter(n -> !byNumber.containsKey(n)).toArray();
    if (missing.length == 0) {
      return Optional.of(List.copyOf(byNumber.subMap(1, true, pageCount, true).values()));
    }
    if (alreadyCommitted(job.key(), job.etag())) {
      return Optional.empty();
    }
    throw new IllegalStateException(
        "Chunk results of "
            + missing.length
            + " pages of "
            + job.source()
            + " (from page "
            + missing[0]
            + ") are missing under "
            + OutputKeys.partsPrefix(job.key(), job.etag()));
  }

  /**
   * Publishes a finished document if its version is still the upload's: staged images are copied to
   * their final keys only after the ETag check, so a stale job never touches a newer version's
   * outputs.
   */
  private Outcome commit(PdfJob job, PdfDocument document) {
    String current = currentETag(job);
    if (!job.etag().equals(current)) {
      return stale(job, current);
    }
    outputs.publishImages(document, job.etag());
    outputs.write(document, job.etag());
    if (job.chunk() > 1 || !document.images().isEmpty()) {
      outputs.deleteParts(job.key(), job.etag());
    }
    Uploads.logOutcome(
        LOG,
        job.source(),
        "ok",
        "PDF extracted",
        null,
        "jobId",
        job.jobId(),
        "pageCount",
        document.pageCount(),
        "chunks",
        document.chunks(),
        "designHeavy",
        document.layout().designHeavy(),
        "images",
        document.images().size(),
        "warnings",
        document.warnings().size());
    return new Outcome.Done(document, true);
  }

  private Outcome failed(PdfJob job, PdfDocument.Source source, PdfException e) {
    if (PdfException.NOT_A_PDF.equals(e.reason())) {
      Uploads.logOutcome(
          LOG, job.source(), "skipped", "Skipped: not a PDF (" + e.getMessage() + ")", null);
      return new Outcome.Skipped(e.reason(), e.getMessage());
    }
    String current = currentETag(job);
    if (!job.etag().equals(current)) {
      return stale(job, current);
    }
    PdfDocument document = PdfDocument.failed(source, e.reason(), e.getMessage());
    outputs.write(document, job.etag());
    Uploads.logOutcome(
        LOG,
        job.source(),
        "rejected",
        "PDF rejected: " + e.getMessage(),
        e,
        "reason",
        e.reason(),
        "jobId",
        job.jobId());
    return new Outcome.Done(document, true);
  }

  private Outcome refuse(PdfJob job, UploadReader.Fetched.Refused refused) {
    return switch (refused.reason()) {
      case "stale" -> stale(job, refused.detail());
      case "too-large" -> {
        Uploads.logOutcome(
            LOG,
            job.source(),
            "rejected",
            "PDF rejected: " + refused.detail(),
            null,
            "reason",
            "too-large");
        yield new Outcome.Skipped(refused.reason(), refused.detail());
      }
      default -> {
        Uploads.logOutcome(
            LOG, job.source(), "skipped", refused.detail(), null, "reason", refused.reason());
        yield new Outcome.Skipped(refused.reason(), refused.detail());
      }
    };
  }

  /**
   * Writes a {@code failed} document for a job whose record is on its last delivery, unless the
   * upload is gone or changed (the new version has its own event) or this version already has a
   * finished document. A failure to write is added to {@code failure}, which the caller throws.
   */
  private void recordFailure(PdfJob job, int receiveCount, RuntimeException failure) {
    try {
      if (OutputKeys.documentKeyBytes(job.key()) > OutputKeys.MAX_KEY_BYTES) {
        return;
      }
      HeadObjectResponse head;
      try {
        head = s3.headObject(b -> b.bucket(job.bucket()).key(job.key()));
      } catch (NoSuchKeyException e) {
        return;
      }
      String current = Uploads.plainETag(head.eTag());
      if ((job.etag() != null && !job.etag().equals(current))
          || alreadyCommitted(job.key(), current)) {
        return;
      }
      String message =
          "Extraction failed on delivery "
              + receiveCount
              + " of "
              + config.maxReceiveCount()
              + " (MAX_RECEIVE_COUNT), so the message is kept in the dead-letter queue: "
              + truncate(failure.toString(), MAX_FAILURE_MESSAGE);
      long size = head.contentLength() == null ? -1 : head.contentLength();
      PdfDocument document =
          PdfDocument.failed(
              new PdfDocument.Source(job.bucket(), job.key(), size, current),
              PdfDocument.FAILED,
              message);
      outputs.write(document, current);
      Uploads.logOutcome(
          LOG,
          job.source(),
          "rejected",
          "PDF extraction failed on the last delivery; a failed document was written and the"
              + " message goes to the dead-letter queue",
          failure,
          "reason",
          PdfDocument.FAILED,
          "receiveCount",
          receiveCount,
          "jobId",
          job.jobId(),
          "chunk",
          job.chunk());
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private Outcome keyTooLong(PdfJob job, int longestKeyBytes) {
    String message =
        "The upload's outputs need keys of up to "
            + longestKeyBytes
            + " bytes, over S3's limit of "
            + OutputKeys.MAX_KEY_BYTES
            + "; shorten the upload's key";
    Uploads.logOutcome(
        LOG,
        job.source(),
        "rejected",
        "PDF rejected: " + message,
        null,
        "reason",
        "key-too-long",
        "keyBytes",
        job.key().getBytes(StandardCharsets.UTF_8).length,
        "longestKeyBytes",
        longestKeyBytes);
    return new Outcome.Skipped("key-too-long", message);
  }

  private Outcome duplicate(PdfJob job) {
    Uploads.logOutcome(
        LOG,
        job.source(),
        "skipped",
        "Duplicate chunk stopped: this version is already assembled",
        null,
        "jobId",
        job.jobId(),
        "chunk",
        job.chunk(),
        "firstPage",
        job.firstPage());
    return new Outcome.Skipped("duplicate", "The document is already assembled");
  }

  /** Whether {@code document.json} is committed, and did not fail, for this version. */
  private boolean alreadyCommitted(String key, String eTag) {
    return outputs.committed(key).filter(c -> c.finished(eTag)).isPresent();
  }

  private String currentETag(PdfJob job) {
    return Uploads.plainETag(s3.headObject(b -> b.bucket(job.bucket()).key(job.key())).eTag());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private Outcome stale(PdfJob job, String currentETag) {
    outputs.deleteParts(job.key(), job.etag());
    Uploads.logOutcome(
        LOG,
        job.source(),
        "skipped",
        "Stale job stopped: the upload changed since the job started; the new version has its own"
            + " event",
        null,
        "jobId",
        job.jobId(),
        "jobETag",
        job.etag(),
        "currentETag",
        currentETag);
    return new Outcome.Skipped(
        "stale", "The upload changed while it was being extracted (ETag " + currentETag + ")");
  }

  private Optional<Outcome> refuseNonUpload(S3ObjectRef source) {
    if (source.bucket().equals(config.uploads().derivedBucket())) {
      return Optional.of(
          new Outcome.Skipped(
              "not-an-upload",
              source + " is in the derived bucket, which holds outputs, not uploads"));
    }
    if (!source.key().startsWith(config.uploads().uploadPrefix())) {
      return Optional.of(
          new Outcome.Skipped(
              "not-an-upload",
              source + " is outside the upload prefix '" + config.uploads().uploadPrefix() + "'"));
    }
    return Optional.empty();
  }

  private static Outcome notFound(S3ObjectRef source) {
    return new Outcome.Skipped("not-found", "No object " + source);
  }

  private static String newJobId() {
    return UUID.randomUUID().toString();
  }
}
