package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFailureTest {
  @TempDir Path dir;

  @Test
  void extractPages_pageWithBrokenFont_warnsOnThatPageAndExtractsTheOthers() throws Exception {
    Path file = dir.resolve("one-bad-page.pdf");
    try (PDDocument document = new PDDocument()) {
      TestPdfs.addTextPage(document, "good first page");
      // A composite font without its descendant font: PDFBox cannot build it and fails the page.
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE0);
      font.setName(COSName.BASE_FONT, "Broken");
      COSStream content = document.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream()) {
        out.write("BT /F1 12 Tf 72 700 Td (lost) Tj ET".getBytes(StandardCharsets.US_ASCII));
      }
      PDPage page = TestPdfs.addPageWithContent(document, content);
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, new COSDictionary());
      resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem("F1", font);
      page.setResources(resources);
      TestPdfs.addTextPage(document, "good last page");
      document.save(file.toFile());
    }

    List<PdfPage> pages = TestPdfs.extractAll(file);

    assertThat(pages)
        .extracting(PdfPage::text)
        .containsExactly("good first page", "", "good last page");
    assertThat(pages.get(1).warnings())
        .singleElement()
        .asString()
        .startsWith("page 2 could not be read: ")
        .contains("descendant");
    assertThat(pages.get(0).warnings()).isEmpty();
  }
}
