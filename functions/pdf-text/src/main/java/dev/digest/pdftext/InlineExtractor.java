package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import dev.digest.shared.log.Log;
import dev.digest.shared.media.FileType;
import dev.digest.shared.media.FileTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Extracts a document sent in the request, in one invocation since there is no upload to continue
 * from, and stores its outputs only when a response cannot carry them.
 */
final class InlineExtractor {
  private static final Log LOG = Log.of(InlineExtractor.class);

  private final Extraction extraction;
  private final Completion completion;
  private final OutputStore outputs;
  private final PdfTextConfig config;

  InlineExtractor(
      Extraction extraction, Completion completion, OutputStore outputs, PdfTextConfig config) {
    this.extraction = extraction;
    this.completion = completion;
    this.outputs = outputs;
    this.config = config;
  }

  /**
   * Extracts decoded PDF bytes. Outputs go to {@code pdf/inline/<sha256>.pdf/} only when images
   * were exported or the document is too large for a response.
   */
  Outcome extract(byte[] pdf, Context context) {
    String key = OutputKeys.inlineKey(InlinePdf.sha256Hex(pdf));
    FileType detected =
        FileTypes.detect(Arrays.copyOf(pdf, Math.min(pdf.length, FileTypes.HEAD_BYTES)));
    if (detected != FileType.PDF) {
      return new Outcome.Skipped(
          PdfException.NOT_A_PDF, "pdfBase64 decodes to " + detected.description() + ", not a PDF");
    }
    PdfDocument.Source source = new PdfDocument.Source(null, key, pdf.length, null);
    ChunkBudget budget = new ChunkBudget(context, config.timeReserve(), Integer.MAX_VALUE);
    try (SourceFile file = SourceFile.of(pdf);
        OpenPdf open = extraction.open(file.path())) {
      PdfInfo info = open.info();
      List<PdfPage> pages = open.extractPages(1, budget.stop());
      PdfDocument document =
          completion.complete(open, info, pages, source, 1, budget, cutShort(pages, info), null);
      boolean store =
          !document.images().isEmpty()
              || !InvokeResponses.fits(document, config.maxResponseBytes());
      if (store) {
        outputs.write(document, null);
      }
      LOG.info(
          "Inline document extracted",
          "key",
          key,
          "outcome",
          "ok",
          "pageCount",
          info.pageCount(),
          "stored",
          store);
      return new Outcome.Done(document, store);
    } catch (PdfException e) {
      if (PdfException.NOT_A_PDF.equals(e.reason())) {
        return new Outcome.Skipped(e.reason(), e.getMessage());
      }
      LOG.error(
          "Inline document rejected: " + e.getMessage(),
          e,
          "key",
          key,
          "outcome",
          "rejected",
          "reason",
          e.reason());
      return new Outcome.Done(PdfDocument.failed(source, e.reason(), e.getMessage()), false);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not extract inline document " + key, e);
    }
  }

  private List<String> cutShort(List<PdfPage> pages, PdfInfo info) {
    int done = pages.isEmpty() ? 0 : pages.get(pages.size() - 1).number();
    if (done >= info.pageCount()) {
      return List.of();
    }
    return List.of(
        "Stopped after page "
            + done
            + " of "
            + info.pageCount()
            + ": the invocation ran out of time; upload the PDF under "
            + config.uploads().uploadPrefix()
            + " to have it extracted in chunks");
  }
}
