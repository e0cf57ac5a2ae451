package dev.digest.pdftext;

import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns all the pages of a document into the finished document: the layout verdict and, for a
 * design-heavy document, its images exported straight to the derived bucket, never into a response.
 */
final class Completion {
  private final Extraction extraction;
  private final OutputStore outputs;

  Completion(Extraction extraction, OutputStore outputs) {
    this.extraction = extraction;
    this.outputs = outputs;
  }

  /**
   * Completes a document; nothing but images is written.
   *
   * @param pdf the open document, for exporting images
   * @param pages every page extracted, in order
   * @param warnings document-level warnings so far
   * @param eTag the source version, for the images' metadata; null for inline documents
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
      for (PdfPage page : pages) {
        if (page.imageCount() == 0) {
          continue;
        }
        if (budget.exportOutOfTime()) {
          allWarnings.add(
              "Images from page "
                  + page.number()
                  + " on were not exported: the invocation ran out of time");
          break;
        }
        allWarnings.addAll(
            pdf.exportImages(
                page.number(),
                (p, n, extension, contentType, bytes) ->
                    images.add(
                        new PdfDocument.Image(
                            p,
                            n,
                            outputs.putImage(
                                source.key(), eTag, p, n, extension, contentType, bytes),
                            contentType,
                            bytes.length))));
      }
    }
    return PdfDocument.ok(source, info, layout, chunks, pages, images, allWarnings);
  }
}
