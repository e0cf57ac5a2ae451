package dev.digest.pdftext;

import dev.digest.pdftext.extract.DesignHeuristic;
import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfExtractor;
import dev.digest.pdftext.extract.PdfPage;
import java.nio.file.Path;
import java.util.List;

/**
 * What the function layer needs from the {@code extract} package, as one seam, so the orchestration
 * (chunks, outputs, responses) is tested without parsing real PDFs.
 */
public interface Extraction {
  /** Opens a PDF file; see {@link PdfExtractor#open(Path)}. */
  OpenPdf open(Path file) throws PdfException;

  /** Decides the layout from all pages; see {@link DesignHeuristic#classify(List)}. */
  Layout classify(List<PdfPage> pages);

  /** The real extractor and heuristic. */
  static Extraction of(PdfExtractor extractor) {
    return new Extraction() {
      @Override
      public OpenPdf open(Path file) throws PdfException {
        return extractor.open(file);
      }

      @Override
      public Layout classify(List<PdfPage> pages) {
        return DesignHeuristic.classify(pages);
      }
    };
  }
}
