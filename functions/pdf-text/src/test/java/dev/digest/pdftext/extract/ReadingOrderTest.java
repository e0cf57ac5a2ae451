package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading order on real Chromium and LibreOffice output: every paragraph of the HTML source must
 * come out whole and in source order, which fails if columns or lines are interleaved.
 */
class ReadingOrderTest {
  @TempDir Path dir;

  /** The paragraphs of an HTML fixture source, whitespace collapsed. */
  private static List<String> paragraphs(String source) throws IOException {
    String html =
        Files.readString(Path.of("src/test/resources/pdf-sources", source), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<(p|h1|h2)[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
    List<String> paragraphs = new ArrayList<>();
    while (m.find()) {
      paragraphs.add(collapse(m.group(2)));
    }
    return paragraphs;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static void assertParagraphsInOrder(String text, List<String> paragraphs) {
    String flat = collapse(text);
    int from = 0;
    for (String paragraph : paragraphs) {
      int at = flat.indexOf(paragraph, from);
      assertThat(at)
          .as("paragraph in order: %s%nin: %s", paragraph, flat)
          .isGreaterThanOrEqualTo(0);
      from = at + paragraph.length();
    }
  }

  @Test
  void text_chromiumTwoColumns_readsColumnByColumn() throws Exception {
    PdfPage page = TestPdfs.extractAll(TestPdfs.fixture("two-columns.pdf")).get(0);

    assertParagraphsInOrder(page.text(), paragraphs("two-columns.html"));
  }

  @Test
  void text_chromiumSingleColumn_readsTopToBottom() throws Exception {
    PdfPage page = TestPdfs.extractAll(TestPdfs.fixture("report.pdf")).get(0);

    assertParagraphsInOrder(page.text(), paragraphs("report.html"));
  }

  @Test
  void text_libreOfficeSingleColumn_readsTopToBottom() throws Exception {
    List<PdfPage> pages = TestPdfs.extractAll(TestPdfs.fixture("report-libreoffice.pdf"));
    String text = String.join("\n", pages.stream().map(PdfPage::text).toList());

    // LibreOffice's HTML import keeps the h1 only as the document title.
    assertParagraphsInOrder(text, paragraphs("report.html").subList(1, 11));
  }

  @Test
  void text_contentWrittenRightColumnFirst_stillReadsLeftColumnFirst() throws Exception {
    String[] left = {"alpha one two three", "alpha four five six", "alpha seven eight nine"};
    String[] right = {"omega one two three", "omega four five six", "omega seven eight nine"};
    PDDocument document = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      writeLines(content, 320, right);
      writeLines(content, 72, left);
    }
    Path file = dir.resolve("reversed.pdf");
    document.save(file.toFile());
    document.close();

    String text = TestPdfs.extractAll(file).get(0).text();

    assertThat(text).isEqualTo(String.join("\n", left) + "\n" + String.join("\n", right));
  }

  @Test
  void text_tableLikeRows_areReadRowByRow() throws Exception {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      writeLines(content, 72, "Item", "Apples", "Pears");
      writeLines(content, 300, "Price", "1.20", "0.90");
    }
    Path file = dir.resolve("table.pdf");
    document.save(file.toFile());
    document.close();

    assertThat(TestPdfs.extractAll(file).get(0).text())
        .isEqualTo("Item Price\nApples 1.20\nPears 0.90");
  }

  @Test
  void page_rotated90_swapsWidthAndHeightAndReadsText() throws Exception {
    PDDocument document = new PDDocument();
    PDPage page = TestPdfs.addTextPage(document, "Sideways page");
    page.setRotation(90);
    Path file = dir.resolve("rotated.pdf");
    document.save(file.toFile());
    document.close();

    PdfPage extracted = TestPdfs.extractAll(file).get(0);

    assertThat(extracted.width()).isEqualTo(PDRectangle.A4.getHeight(), within());
    assertThat(extracted.height()).isEqualTo(PDRectangle.A4.getWidth(), within());
    assertThat(extracted.text()).contains("Sideways page");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private static void writeLines(PDPageContentStream content, float x, String... lines)
      throws IOException {
    content.beginText();
    content.setFont(TestPdfs.HELVETICA, 12);
    content.newLineAtOffset(x, 700);
    for (String line : lines) {
      content.showText(line);
      content.newLineAtOffset(0, -15);
    }
    content.endText();
  }
}
