package dev.digest.pdftext;

import dev.digest.pdftext.extract.ImageSink;
import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns all the pages of a document into the finished document: the layout verdict and, for a
 * design-heavy document, its images exported to the derived bucket, never into a response. An
 * upload's images are staged under its version's parts until the document is committed; see {@link
 * OutputStore#putImage}.
 */
final class Completion {
  private final Extraction extraction;
  private final OutputStore outputs;
  private final int maxImages;

  /**
   * Creates the completion step.
   *
   * @param maxImages the most images exported from one document
   */
  Completion(Extraction extraction, OutputStore outputs, int maxImages) {
    this.extraction = extraction;
    this.outputs = outputs;
    this.maxImages = maxImages;
  }

  /**
   * Completes a document; nothing but images is written. Export stops, with a warning in the
   * document, before an image once the time budget says so ({@link ChunkBudget#exportOutOfTime}),
   * checked per image since one page may carry thousands, or once {@code maxImages} were exported.
   *
   * @param pdf the open document, for exporting images
   * @param pages every page extracted, in order
   * @param warnings document-level warnings so far
   * @param eTag the source version, for the images' metadata and staging; null for inline documents
   */
  PdfDocument complete(
      OpenPdf pdf,
      PdfInfo info,
      List<PdfPage> pages,
      PdfDocument.Source source,
      int chunks,
      ChunkBudget budget,
      List<String> warnings,
      String eTag)
      throws IOException {
    Layout layout = extraction.classify(pages);
    List<String> allWarnings = new ArrayList<>(warnings);
    List<PdfDocument.Image> images = new ArrayList<>();
    if (layout.designHeavy()) {
      ImageSink sink =
          (p, n, extension, contentType, bytes) -> {
            if (images.size() >= maxImages) {
              throw new ExportStopped(
                  p, n, "the document reached the limit of " + maxImages + " exported images");
            }
            if (budget.exportOutOfTime()) {
              throw new ExportStopped(p, n, "the invocation ran out of time");
            }
            String longest =
                eTag == null
                    ? OutputKeys.image(source.key(), p, n, extension)
                    : OutputKeys.stagedImage(source.key(), eTag, p, n, extension);
            if (longest.getBytes(StandardCharsets.UTF_8).length > OutputKeys.MAX_KEY_BYTES) {
              throw new ExportStopped(
                  p,
                  n,
                  "their keys would be longer than S3's " + OutputKeys.MAX_KEY_BYTES + " bytes");
            }
            images.add(
                new PdfDocument.Image(
                    p,
                    n,
                    outputs.putImage(source.key(), eTag, p, n, extension, contentType, bytes),
                    contentType,
                    bytes.length));
          };
      for (PdfPage page : pages) {
        if (page.imageCount() == 0) {
          continue;
        }
        try {
          if (budget.exportOutOfTime()) {
            throw new ExportStopped(page.number(), 1, "the invocation ran out of time");
          }
          allWarnings.addAll(pdf.exportImages(page.number(), sink));
        } catch (ExportStopped e) {
          allWarnings.add(e.getMessage());
          break;
        }
      }
    }
    return PdfDocument.ok(source, info, layout, chunks, pages, images, allWarnings);
  }

  /** Ends image export from inside the sink; its message is the document's warning. */
  private static final class ExportStopped extends IOException {
    private static final long serialVersionUID = 1L;

    ExportStopped(int page, int n, String why) {
      super("Images from page " + page + " (image " + n + ") on were not exported: " + why);
    }
  }
}
