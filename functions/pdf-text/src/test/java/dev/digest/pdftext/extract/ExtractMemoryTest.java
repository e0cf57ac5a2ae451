package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded whatever the document: a page whose content inflates to a gibibyte is
 * skipped before PDFBox decodes it, and a long document is extracted page by page, both in a 256 MB
 * heap (the function has 1,024 MB).
 */
class ExtractMemoryTest {
  private static final String SMALL_HEAP = "256m";

  @TempDir Path dir;

  @Test
  void extract_pageInflatingToOneGibibyte_isSkippedInSmallHeapAndOthersExtract() throws Exception {
    Path file = dir.resolve("bomb.pdf");
    try (PDDocument document = new PDDocument()) {
      TestPdfs.addTextPage(document, "before the bomb");
      TestPdfs.addPageWithContent(document, TestPdfs.spaceBomb(document, 1024));
      TestPdfs.addTextPage(document, "after the bomb");
      document.save(file.toFile());
    }
    assertThat(Files.size(file)).isLessThan(2L << 20);

    long start = System.nanoTime();
    ForkedJvm.Result result = ForkedJvm.extract(file, SMALL_HEAP, 60);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("page=1 words=3 warnings=[]")
        .contains(
            "page=2 words=0 warnings=[page 2 skipped: its content decodes to more than the limit"
                + " of 67108864 bytes]")
        .contains("page=3 words=3 warnings=[]");
    assertThat(seconds).isLessThan(15);
  }

  @Test
  void extract_pageOfFourMillionGlyphs_keepsTheFirstGlyphsInSmallHeap() throws Exception {
    Path file = dir.resolve("glyphs.pdf");
    try (PDDocument document = new PDDocument()) {
      TestPdfs.addTextPage(document, "before the glyphs");
      // 21,500 lines of 200 letters: 4.3 million glyphs in 4.3 MB of content, about 20 KB zipped.
      TestPdfs.addGlyphDensePage(document, 21_500);
      TestPdfs.addTextPage(document, "after the glyphs");
      document.save(file.toFile());
    }
    assertThat(Files.size(file)).isLessThan(64L << 10);

    long start = System.nanoTime();
    ForkedJvm.Result result = ForkedJvm.extract(file, SMALL_HEAP, 60);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.exitCode()).as(result.output()).isZero();
    // The first 200,000 glyphs (1,000 lines of 200 letters) are kept as text.
    assertThat(result.output())
        .contains("page=1 words=3 warnings=[]")
        .containsPattern(
            "page=2 words=[1-9][0-9]* warnings=\\[page 2: text stops at the limit of 200000"
                + " glyphs; tables not searched]")
        .contains("page=3 words=3 warnings=[]");
    assertThat(seconds).isLessThan(15);
  }

  @Test
  void exportImages_flateJpegInflatingToOneGibibyte_isSkippedInSmallHeap() throws Exception {
    Path file = dir.resolve("jpeg-bomb.pdf");
    try (PDDocument document = new PDDocument()) {
      // A 100 × 100 "JPEG" whose Flate layer inflates to 1 GiB before the JPEG codec.
      COSStream image = TestPdfs.spaceBomb(document, 1024);
      COSArray filters = new COSArray();
      filters.add(COSName.FLATE_DECODE);
      filters.add(COSName.DCT_DECODE);
      image.setItem(COSName.FILTER, filters);
      image.setItem(COSName.TYPE, COSName.XOBJECT);
      image.setItem(COSName.SUBTYPE, COSName.IMAGE);
      image.setInt(COSName.WIDTH, 100);
      image.setInt(COSName.HEIGHT, 100);
      image.setInt(COSName.BITS_PER_COMPONENT, 8);
      image.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
      PDPage page = TestPdfs.addTextPage(document, "Big sale this week only");
      page.getResources().getCOSObject().setItem(COSName.XOBJECT, new COSDictionary());
      page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT).setItem("Im", image);
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
        content.saveGraphicsState();
        content.transform(new Matrix(595, 0, 0, 842, 0, 0));
        content.drawImage(new PDImageXObject(new PDStream(image), null), 0, 0, 1, 1);
        content.restoreGraphicsState();
      }
      document.save(file.toFile());
    }
    assertThat(Files.size(file)).isLessThan(2L << 20);

    long start = System.nanoTime();
    ForkedJvm.Result result = ForkedJvm.extract(file, SMALL_HEAP, 60, "--export-images");
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("page=1 words=5 warnings=[]")
        .contains(
            "images page=1 bytes=0 warnings=[page 1 image 1: cannot be decoded"
                + " (java.io.IOException: its DCTDecode data decodes to more than the limit of"
                + " 145536 bytes); skipped]");
    assertThat(seconds).isLessThan(15);
  }

  @Test
  void extract_500TextPagesInSmallHeap_extractsEveryPage() throws Exception {
    Path file = dir.resolve("long.pdf");
    String line = "The quick brown fox jumps over the lazy dog near the river bank today";
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < 500; i++) {
        TestPdfs.addTextPage(document, Collections.nCopies(40, line).toArray(String[]::new));
      }
      document.save(file.toFile());
    }

    ForkedJvm.Result result = ForkedJvm.extract(file, SMALL_HEAP, 120);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("pages=500 words=" + 500 * 40 * 14 + " ");
  }
}
