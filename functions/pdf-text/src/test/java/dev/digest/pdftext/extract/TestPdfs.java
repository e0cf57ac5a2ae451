package dev.digest.pdftext.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small PDFs for tests where the producer does not matter, and finds committed ones. */
final class TestPdfs {
  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private TestPdfs() {}

  /** A committed fixture from {@code src/test/resources/pdfs}. */
  static Path fixture(String name) {
    URL url = TestPdfs.class.getResource("/pdfs/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name + "; run scripts/make-pdf-fixtures");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An extractor with the default limits. */
  static PdfExtractor extractor() {
    return new PdfExtractor(ExtractLimits.DEFAULTS, new TableFinder(1000));
  }

  /** All pages of a file, extracted with the default limits. */
  static List<PdfPage> extractAll(Path file) throws Exception {
    try (OpenPdf pdf = extractor().open(file)) {
      return pdf.extractPages(1, () -> false);
    }
  }

  /** Adds an A4 page with one line of 12 pt Helvetica per entry, from the top. */
  static PDPage addTextPage(PDDocument document, String... lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(HELVETICA, 12);
      content.newLineAtOffset(72, 770);
      for (String line : lines) {
        content.showText(line);
        content.newLineAtOffset(0, -16);
      }
      content.endText();
    }
    return page;
  }

  /** A solid-colour image with a diagonal stripe, so encoders cannot shrink it to nothing. */
  static BufferedImage picture(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.drawLine(0, 0, width, height);
    g.dispose();
    return image;
  }

  static PDImageXObject jpeg(PDDocument document, BufferedImage image) throws IOException {
    return JPEGFactory.createFromByteArray(document, jpegBytes(image));
  }

  static byte[] jpegBytes(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PDImageXObject png(PDDocument document, BufferedImage image) throws IOException {
    return LosslessFactory.createFromImage(document, image);
  }

  /**
   * A Flate stream that inflates to {@code mebibytes} MiB of spaces yet takes about a kilobyte per
   * MiB: after the first mebibyte every further one compresses to the same bytes, so they are
   * copied rather than compressed again.
   */
  static COSStream spaceBomb(PDDocument document, int mebibytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] first = flush(deflater, chunk);
    byte[] steady = flush(deflater, chunk);
    deflater.end();
    Adler32 adler = new Adler32();
    for (int i = 0; i < mebibytes; i++) {
      adler.update(chunk);
    }
    COSStream stream = document.getDocument().createCOSStream();
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(first);
      for (int i = 1; i < mebibytes; i++) {
        out.write(steady);
      }
      // An empty final fixed-Huffman block, then the zlib checksum of everything inflated.
      out.write(new byte[] {0x03, 0x00});
      long sum = adler.getValue();
      out.write(
          new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
    }
    return stream;
  }

  private static byte[] flush(Deflater deflater, byte[] input) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    return out.toByteArray();
  }

  /**
   * Adds a page that draws a chain of {@code depth} form XObjects, each drawing the next {@code
   * fan} times; the last shows one letter. The page runs about {@code fan^depth} operators from a
   * few hundred bytes.
   */
  static PDPage addFormChainPage(PDDocument document, int depth, int fan) throws IOException {
    PDResources fonts = new PDResources();
    COSName font = fonts.add(HELVETICA);
    COSStream form =
        formStream(document, fonts, "BT /" + font.getName() + " 12 Tf 72 72 Td (x) Tj ET");
    for (int k = 0; k < depth; k++) {
      PDResources resources = new PDResources();
      COSDictionary xobjects = new COSDictionary();
      xobjects.setItem(COSName.getPDFName("X"), form);
      resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
      form = formStream(document, resources, "q /X Do Q\n".repeat(fan));
    }
    PDResources resources = new PDResources();
    COSDictionary xobjects = new COSDictionary();
    xobjects.setItem(COSName.getPDFName("X"), form);
    resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
    COSStream content = document.getDocument().createCOSStream();
    try (OutputStream out = content.createOutputStream()) {
      out.write("q /X Do Q".getBytes(StandardCharsets.US_ASCII));
    }
    PDPage page = addPageWithContent(document, content);
    page.setResources(resources);
    return page;
  }

  private static COSStream formStream(PDDocument document, PDResources resources, String body)
      throws IOException {
    COSStream form = document.getDocument().createCOSStream();
    form.setItem(COSName.TYPE, COSName.XOBJECT);
    form.setItem(COSName.SUBTYPE, COSName.FORM);
    form.setItem(COSName.BBOX, PDRectangle.A4.getCOSArray());
    form.setItem(COSName.RESOURCES, resources.getCOSObject());
    try (OutputStream out = form.createOutputStream()) {
      out.write(body.getBytes(StandardCharsets.US_ASCII));
    }
    return form;
  }

  /**
   * Adds a page of {@code lines} lines of 200 letters in 12 pt Helvetica, 2 pt apart; its content
   * is Flate-compressed, so millions of glyphs take a few kilobytes.
   */
  static PDPage addGlyphDensePage(PDDocument document, int lines) throws IOException {
    PDResources resources = new PDResources();
    COSName font = resources.add(HELVETICA);
    COSStream content = document.getDocument().createCOSStream();
    content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    String line = "(" + "A".repeat(200) + ") Tj 0 -2 Td\n";
    try (OutputStream raw = content.createRawOutputStream();
        DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(9))) {
      out.write(
          ("BT /" + font.getName() + " 12 Tf 0 800 Td\n").getBytes(StandardCharsets.US_ASCII));
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < lines; i++) {
        out.write(bytes);
      }
      out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
    }
    PDPage page = addPageWithContent(document, content);
    page.setResources(resources);
    return page;
  }

  /** Adds a page whose only content stream is {@code stream}. */
  static PDPage addPageWithContent(PDDocument document, COSStream stream) {
    PDPage page = new PDPage(PDRectangle.A4);
    page.setContents(new PDStream(stream));
    document.addPage(page);
    return page;
  }
}
