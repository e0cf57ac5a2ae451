package dev.digest.pdftext.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens PDFs with PDFBox 3, leniently and with decoded streams cached in a scratch file, so a
 * damaged or huge document neither fails needlessly nor fills the heap.
 */
public final class PdfExtractor {
  /** Readers accept a header that starts anywhere in the first kilobyte. */
  private static final int MAGIC_WINDOW = 1024;

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final ExtractLimits limits;
  private final TableFinder tables;

  /** Creates an extractor; it is thread-safe and lives as long as the function. */
  public PdfExtractor(ExtractLimits limits, TableFinder tables) {
    this.limits = limits;
    this.tables = tables;
    // PDFBox caches its system font index in the home directory by default, which is read-only
    // on Lambda; only the temporary directory is writable there.
    if (System.getProperty("pdfbox.fontcache") == null) {
      Path cache = Path.of(System.getProperty("java.io.tmpdir"), "pdfbox-fontcache");
      try {
        Files.createDirectories(cache);
        System.setProperty("pdfbox.fontcache", cache.toString());
      } catch (IOException e) {
        // PDFBox then falls back to the temporary directory itself.
        System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
      }
    }
  }

  /**
   * Opens a PDF file. An owner-password-only file opens; a user password is {@link
   * PdfException#ENCRYPTED}.
   *
   * @throws PdfException when the file is not a PDF, needs a password, or cannot be parsed
   */
  public OpenPdf open(Path file) throws PdfException {
    checkMagic(file);
    RandomAccessReadBufferedFile source;
    try {
      source = new RandomAccessReadBufferedFile(file);
    } catch (IOException e) {
      throw new PdfException(PdfException.UNREADABLE, "cannot read the file: " + e, e);
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      IOUtils.closeQuietly(source);
      throw new PdfException(
          PdfException.ENCRYPTED, "PDF is encrypted with a user password: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeQuietly(source);
      throw new PdfException(PdfException.UNREADABLE, "PDF cannot be parsed: " + e.getMessage(), e);
    }
    try {
      PdfInfo info = InfoReader.read(document);
      if (info.pageCount() == 0) {
        throw new IOException("it has no pages, so its page tree is missing or damaged");
      }
      return new OpenedPdf(document, info, limits, tables);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeQuietly(document);
      throw new PdfException(PdfException.UNREADABLE, "PDF cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static void checkMagic(Path file) throws PdfException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAGIC_WINDOW);
    } catch (IOException e) {
      throw new PdfException(PdfException.UNREADABLE, "cannot read the file: " + e, e);
    }
    for (int i = 0; i + MAGIC.length <= head.length; i++) {
      if (Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return;
      }
    }
    throw new PdfException(
        PdfException.NOT_A_PDF, "not a PDF: no %PDF- header in the first 1024 bytes", null);
  }
}
