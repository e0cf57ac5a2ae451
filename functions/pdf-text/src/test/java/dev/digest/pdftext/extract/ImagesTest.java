package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image counting, coverage and export on pages whose geometry the test knows exactly. */
class ImagesTest {
  private static final PDRectangle SQUARE = new PDRectangle(600, 600);

  @TempDir Path dir;

  private record Exported(int page, int n, String extension, String type, byte[] bytes) {}

  private interface Drawing {
    void draw(PDDocument document, PDPageContentStream content) throws Exception;
  }

  private Path squarePage(Drawing drawing) throws Exception {
    Path file = dir.resolve("page-" + System.nanoTime() + ".pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(SQUARE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        drawing.draw(document, content);
      }
      document.save(file.toFile());
    }
    return file;
  }

  private static List<Exported> export(Path file, long maxPixels, List<String> warnings)
      throws Exception {
    List<Exported> out = new ArrayList<>();
    ExtractLimits d = ExtractLimits.DEFAULTS;
    ExtractLimits limits =
        new ExtractLimits(
            64L << 20,
            maxPixels,
            1000,
            d.maxGlyphsPerPage(),
            d.maxOperatorsPerPage(),
            d.maxPageMillis());
    PdfExtractor extractor = new PdfExtractor(limits, new TableFinder(1000));
    try (OpenPdf pdf = extractor.open(file)) {
      warnings.addAll(
          pdf.exportImages(
              1, (page, n, ext, type, bytes) -> out.add(new Exported(page, n, ext, type, bytes))));
    }
    return out;
  }

  @Test
  void coverage_overlappingImages_countsTheOverlapOnce() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              PDImageXObject image = TestPdfs.png(document, TestPdfs.picture(10, 10, Color.RED));
              content.drawImage(image, 0, 0, 300, 300);
              content.drawImage(image, 150, 150, 300, 300);
            });

    PdfPage page = TestPdfs.extractAll(file).get(0);

    assertThat(page.imageCount()).isEqualTo(2);
    assertThat(page.imageCoverage())
        .isCloseTo((90_000 + 90_000 - 22_500) / 360_000.0, within(1e-6));
  }

  @Test
  void coverage_imagePartlyOffPage_countsOnlyTheVisiblePart() throws Exception {
    Path file =
        squarePage(
            (document, content) ->
                content.drawImage(
                    TestPdfs.png(document, TestPdfs.picture(10, 10, Color.BLUE)),
                    -100,
                    0,
                    200,
                    600));

    assertThat(TestPdfs.extractAll(file).get(0).imageCoverage()).isCloseTo(1 / 6.0, within(1e-6));
  }

  @Test
  void coverage_imageClippedToARectangle_countsOnlyTheClip() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              content.saveGraphicsState();
              content.addRect(0, 0, 300, 600);
              content.clip();
              content.drawImage(
                  TestPdfs.png(document, TestPdfs.picture(10, 10, Color.BLUE)), 0, 0, 600, 600);
              content.restoreGraphicsState();
            });

    assertThat(TestPdfs.extractAll(file).get(0).imageCoverage()).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void coverage_imageInsideScaledForm_countsWithTheFormTransform() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              PDFormXObject form = new PDFormXObject(document);
              form.setBBox(new PDRectangle(100, 100));
              form.setResources(new PDResources());
              try (PDFormContentStream inner = new PDFormContentStream(form)) {
                inner.drawImage(
                    TestPdfs.jpeg(document, TestPdfs.picture(20, 20, Color.GREEN)), 0, 0, 100, 100);
              }
              content.saveGraphicsState();
              content.transform(Matrix.getScaleInstance(3, 3));
              content.drawForm(form);
              content.restoreGraphicsState();
            });

    PdfPage page = TestPdfs.extractAll(file).get(0);

    assertThat(page.imageCount()).isEqualTo(1);
    assertThat(page.imageCoverage()).isCloseTo(0.25, within(1e-6));
  }

  @Test
  void coverage_inlineImage_counts() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              COSDictionary params = new COSDictionary();
              params.setInt(COSName.W, 2);
              params.setInt(COSName.H, 2);
              params.setInt(COSName.BPC, 8);
              params.setItem(COSName.CS, COSName.G);
              PDInlineImage inline =
                  new PDInlineImage(params, new byte[] {0, 127, (byte) 200, (byte) 255}, null);
              content.drawImage(inline, 0, 0, 600, 150);
            });

    PdfPage page = TestPdfs.extractAll(file).get(0);

    assertThat(page.imageCount()).isEqualTo(1);
    assertThat(page.imageCoverage()).isCloseTo(0.25, within(1e-6));
  }

  @Test
  void needsOcr_fullPageImageWithoutText_isTrue() throws Exception {
    Path file =
        squarePage(
            (document, content) ->
                content.drawImage(
                    TestPdfs.png(document, TestPdfs.picture(60, 60, Color.WHITE)), 0, 0, 600, 600));

    PdfPage page = TestPdfs.extractAll(file).get(0);

    assertThat(page.hasTextLayer()).isFalse();
    assertThat(page.needsOcr()).isTrue();
  }

  @Test
  void needsOcr_smallLogoWithoutText_isFalse() throws Exception {
    Path file =
        squarePage(
            (document, content) ->
                content.drawImage(
                    TestPdfs.png(document, TestPdfs.picture(10, 10, Color.RED)), 20, 20, 60, 60));

    assertThat(TestPdfs.extractAll(file).get(0).needsOcr()).isFalse();
  }

  @Test
  void exportImages_jpegPng_passesJpegBytesThroughAndDecodesTheRestToPng() throws Exception {
    BufferedImage photo = TestPdfs.picture(40, 30, Color.ORANGE);
    BufferedImage drawing = TestPdfs.picture(16, 8, Color.MAGENTA);
    Path file =
        squarePage(
            (document, content) -> {
              content.drawImage(TestPdfs.jpeg(document, photo), 0, 0, 100, 100);
              content.drawImage(TestPdfs.png(document, drawing), 200, 200, 100, 100);
            });
    List<String> warnings = new ArrayList<>();

    List<Exported> images = export(file, 1_000_000, warnings);

    assertThat(warnings).isEmpty();
    assertThat(images).extracting(Exported::n).containsExactly(1, 2);
    assertThat(images.get(0).extension()).isEqualTo("jpg");
    assertThat(images.get(0).type()).isEqualTo("image/jpeg");
    assertThat(images.get(0).bytes()).isEqualTo(TestPdfs.jpegBytes(photo));
    assertThat(images.get(1).extension()).isEqualTo("png");
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(images.get(1).bytes()));
    assertThat(decoded.getRGB(5, 3)).isEqualTo(drawing.getRGB(5, 3));
    assertThat(decoded.getWidth()).isEqualTo(16);
  }

  @Test
  void exportImages_sameImageDrawnTwiceAndInAForm_isExportedOnce() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              PDImageXObject image = TestPdfs.png(document, TestPdfs.picture(8, 8, Color.CYAN));
              PDFormXObject form = new PDFormXObject(document);
              form.setBBox(new PDRectangle(50, 50));
              form.setResources(new PDResources());
              try (PDFormContentStream inner = new PDFormContentStream(form)) {
                inner.drawImage(image, 0, 0, 50, 50);
                inner.drawImage(TestPdfs.png(document, TestPdfs.picture(4, 4, Color.BLACK)), 0, 0);
              }
              content.drawImage(image, 0, 0, 100, 100);
              content.drawImage(image, 300, 300, 100, 100);
              content.drawForm(form);
            });

    List<Exported> images = export(file, 1_000_000, new ArrayList<>());

    assertThat(images).extracting(Exported::n).containsExactly(1, 2);
    assertThat(ImageIO.read(new ByteArrayInputStream(images.get(1).bytes())).getWidth())
        .isEqualTo(4);
  }

  @Test
  void exportImages_overPixelLimit_isSkippedWithAWarningAndKeepsNumbering() throws Exception {
    Path file =
        squarePage(
            (document, content) -> {
              content.drawImage(
                  TestPdfs.png(document, TestPdfs.picture(200, 100, Color.RED)), 0, 0);
              content.drawImage(TestPdfs.png(document, TestPdfs.picture(10, 10, Color.RED)), 0, 0);
            });
    List<String> warnings = new ArrayList<>();

    List<Exported> images = export(file, 10_000, warnings);

    assertThat(images).extracting(Exported::n).containsExactly(2);
    assertThat(warnings)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("page 1 image 1", "200×100", "10000");
  }

  @Test
  void brochure_chromiumPhotos_coverTheDesignedArea() throws Exception {
    List<PdfPage> pages = TestPdfs.extractAll(TestPdfs.fixture("brochure.pdf"));

    // A 210×200 mm hero photo and two 100×60 mm photos on a 210×297 mm page.
    double expected = (210.0 * 200 + 2 * 100 * 60) / (210.0 * 297);
    assertThat(pages)
        .allSatisfy(
            page -> {
              assertThat(page.imageCount()).isEqualTo(3);
              assertThat(page.imageCoverage()).isCloseTo(expected, within(0.01));
            });
  }
}
