package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.pdfbox.pdmodel.PDDocument;
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
