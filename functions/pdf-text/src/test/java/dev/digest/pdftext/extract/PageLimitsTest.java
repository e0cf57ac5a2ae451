package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds within one page: operators run, wall-clock time, inline image data, and recursion deep
 * enough to overflow the stack. Each bound costs only the page that passes it.
 */
class PageLimitsTest {
  private static final ExtractLimits D = ExtractLimits.DEFAULTS;

  @TempDir Path dir;

  private Path threePages(String name, PageBuilder middle) throws Exception {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      TestPdfs.addTextPage(document, "before the page");
      middle.add(document);
      TestPdfs.addTextPage(document, "after the page");
      document.save(file.toFile());
    }
    return file;
  }

  private interface PageBuilder {
    void add(PDDocument document) throws Exception;
  }

  private static List<PdfPage> extract(Path file, ExtractLimits limits) throws Exception {
    return extract(file, limits, new TableFinder(limits.maxTableCells()));
  }

  private static List<PdfPage> extract(Path file, ExtractLimits limits, TableFinder tables)
      throws Exception {
    try (OpenPdf pdf = new PdfExtractor(limits, tables).open(file)) {
      return pdf.extractPages(1, () -> false);
    }
  }

  private static ExtractLimits limits(long maxOperators, long maxMillis) {
    return new ExtractLimits(
        D.maxContentBytes(),
        D.maxImagePixels(),
        D.maxTableCells(),
        D.maxGlyphsPerPage(),
        maxOperators,
        maxMillis);
  }

  private static void assertOthersExtract(List<PdfPage> pages) {
    assertThat(pages)
        .extracting(PdfPage::text)
        .containsExactly("before the page", "", "after the page");
    assertThat(pages.get(0).warnings()).isEmpty();
    assertThat(pages.get(2).warnings()).isEmpty();
  }

  @Test
  void extractPages_formFanOutOverOperatorLimit_skipsThatPageQuickly() throws Exception {
    // 4^12 = 16.8 million form drawings: about 9 minutes unbounded.
    Path file = threePages("fan-out.pdf", document -> TestPdfs.addFormChainPage(document, 12, 4));

    List<PdfPage> pages =
        assertTimeoutPreemptively(
            Duration.ofSeconds(15), () -> extract(file, limits(100_000, D.maxPageMillis())));

    assertOthersExtract(pages);
    assertThat(pages.get(1).warnings())
        .containsExactly("page 2 skipped: more than 100000 operators");
  }

  @Test
  void extractPages_formFanOutOverTimeLimit_skipsThatPageAtTheDeadline() throws Exception {
    Path file = threePages("slow.pdf", document -> TestPdfs.addFormChainPage(document, 12, 4));

    long start = System.nanoTime();
    List<PdfPage> pages =
        assertTimeoutPreemptively(
            Duration.ofSeconds(15), () -> extract(file, limits(Long.MAX_VALUE, 1_500)));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertOthersExtract(pages);
    assertThat(pages.get(1).warnings()).containsExactly("page 2 skipped: took longer than 1.5 s");
    assertThat(seconds).isLessThan(5);
  }

  @Test
  void extractPages_formChainUnderTheOperatorLimit_extractsWithTables() throws Exception {
    Path file = threePages("fan-in.pdf", document -> TestPdfs.addFormChainPage(document, 3, 4));

    List<PdfPage> pages = extract(file, limits(1_000, D.maxPageMillis()));

    // 64 x at one spot are one glyph; Tabula's two passes each stay under the limit too.
    assertThat(pages.get(1).text()).isEqualTo("x");
    assertThat(pages.get(1).warnings()).isEmpty();
  }

  @Test
  void extractPages_inlineImageInflatingPastTheContentLimit_skipsThatPage() throws Exception {
    // 80 MiB of zeros in a Flate inline image: about 80 KB of content, counted at 80 KB before.
    Path file =
        threePages(
            "inline-bomb.pdf",
            document -> {
              java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
              try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(9))) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 80; i++) {
                  z.write(zeros);
                }
              }
              COSStream content = document.getDocument().createCOSStream();
              try (OutputStream out = content.createOutputStream()) {
                out.write(
                    "q 100 0 0 100 0 0 cm BI /W 8192 /H 10240 /BPC 8 /CS /G /F /Fl ID "
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(data.toByteArray());
                out.write("\nEI Q".getBytes(StandardCharsets.US_ASCII));
              }
              TestPdfs.addPageWithContent(document, content);
            });

    List<PdfPage> pages = extract(file, D);

    assertOthersExtract(pages);
    assertThat(pages.get(1).warnings())
        .containsExactly(
            "page 2 skipped: its content with inline images decodes to more than the limit of"
                + " 67108864 bytes");
  }

  @Test
  void extractPages_stackOverflowOnAPage_warnsOnThatPageAndExtractsTheOthers() throws Exception {
    // PDFBox stops form recursion at 50 levels; a thread with a small stack overflows before that,
    // as a deeper recursion would on any stack. It overflows in Tabula's reading of the page, whose
    // frames are deeper than the scanner's, so the page is searched for tables even though the
    // table gate would skip its single word.
    Path file = threePages("deep.pdf", document -> TestPdfs.addFormChainPage(document, 49, 1));
    AtomicReference<Object> result = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(extract(file, D, TableFinder.ungated(D.maxTableCells())));
              } catch (Throwable e) {
                result.set(e);
              }
            },
            "small-stack",
            144 * 1024);
    thread.start();
    thread.join(10_000);

    assertThat(result.get()).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<PdfPage> pages = new ArrayList<>((List<PdfPage>) result.get());
    assertOthersExtract(pages);
    assertThat(pages.get(1).warnings())
        .containsExactly("page 2 could not be read: its content nests too deeply");
  }
}
