package dev.digest.pdftext;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Real PDFs generated with PDFBox, so integration tests need no binary fixtures. */
final class TestPdfs {
  private TestPdfs() {}

  /** A text document whose page n says "This is page n of the report." */
  static byte[] text(int pages) {
    return build(pages, null, null);
  }

  /** A text document that opens only with the user password. */
  static byte[] userPassword(int pages) {
    return build(pages, "owner-secret", "user-secret");
  }

  /** A text document with only an owner password: it opens, with restricted permissions. */
  static byte[] ownerPasswordOnly(int pages) {
    return build(pages, "owner-secret", "");
  }

  /**
   * An image-led document: each page is covered by a photo-like image and carries one headline, as
   * a brochure is.
   */
  static byte[] brochure(int pages) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        BufferedImage picture = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 300, 400, new Color(20, 40, 120 + n)));
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          PDRectangle box = page.getMediaBox();
          content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
          content.beginText();
          content.setFont(font, 28);
          content.newLineAtOffset(60, 700);
          content.showText("Summer at the lake " + n);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text page n carries. */
  static String pageText(int n) {
    return "This is page " + n + " of the report.";
  }

  private static byte[] build(int pages, String ownerPassword, String userPassword) {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle("Quarterly report");
      doc.getDocumentInformation().setAuthor("Digest tests");
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 720);
          content.showText(pageText(n));
          content.endText();
        }
      }
      if (ownerPassword != null) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
