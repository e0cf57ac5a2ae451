package dev.digest.pdftext;

import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Extracts a generated one-page PDF before SnapStart takes its snapshot, so PDFBox's classes and
 * standard fonts are loaded in the snapshot rather than on the first real document. Nothing is
 * written and no connection is opened.
 */
final class WarmUp {
  private WarmUp() {}

  /** Opens, extracts and classifies one small document with the given extraction. */
  static void run(Extraction extraction) {
    try (SourceFile file = SourceFile.of(onePage());
        OpenPdf pdf = extraction.open(file.path())) {
      extraction.classify(pdf.extractPages(1, () -> false));
    } catch (IOException e) {
      throw new UncheckedIOException("Warm-up document could not be extracted", e);
    } catch (PdfException e) {
      throw new IllegalStateException("Warm-up document was refused: " + e.getMessage(), e);
    }
  }

  private static byte[] onePage() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText("Warm-up page with a little text.");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
