package dev.digest.pdftext;

import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import dev.digest.pdftext.extract.PdfTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The document written to {@code pdf/<source key>/document.json} and returned by a direct invoke:
 * one stable, versioned schema with explicit nulls, described in docs/pdf-text.md. Add fields only
 * by raising the version.
 *
 * @param schemaVersion the schema's version, {@value #SCHEMA_VERSION}
 * @param status {@code ok}, {@code encrypted}, {@code unreadable} or {@code failed}
 * @param error why the document could not be read, or null when {@code status} is {@code ok}
 * @param source the PDF the document describes
 * @param title the document's own title, or null
 * @param author the author, or null
 * @param producer the software that wrote the file, or null
 * @param pdfVersion the header version, such as {@code 1.7}, or null when unread
 * @param pageCount pages in the PDF; 0 when it could not be read
 * @param encrypted whether the file is encrypted (an owner-password-only file is, and still reads)
 * @param layout the design-heavy verdict, or null when the document could not be read
 * @param chunks how many invocations the extraction took
 * @param pages the pages, in order
 * @param images the images exported to the derived bucket; only design-heavy documents have them
 * @param warnings problems that did not stop extraction, besides the per-page ones
 */
public record PdfDocument(
    int schemaVersion,
    String status,
    Error error,
    Source source,
    String title,
    String author,
    String producer,
    String pdfVersion,
    int pageCount,
    boolean encrypted,
    Layout layout,
    int chunks,
    List<Page> pages,
    List<Image> images,
    List<String> warnings) {
  /** The current schema version. */
  public static final int SCHEMA_VERSION = 1;

  /** The status of a document that was read. */
  public static final String OK = "ok";

  /**
   * The status of a document whose extraction kept failing until its message's last delivery; the
   * message is in the dead-letter queue.
   */
  public static final String FAILED = "failed";

  /** A document that was read, with the images exported from it. */
  public static PdfDocument ok(
      Source source,
      PdfInfo info,
      Layout layout,
      int chunks,
      List<PdfPage> pages,
      List<Image> images,
      List<String> warnings) {
    Map<Integer, List<String>> keysByPage = new java.util.HashMap<>();
    for (Image image : images) {
      keysByPage.computeIfAbsent(image.page(), p -> new ArrayList<>()).add(image.key());
    }
    return new PdfDocument(
        SCHEMA_VERSION,
        OK,
        null,
        source,
        info.title(),
        info.author(),
        info.producer(),
        info.pdfVersion(),
        info.pageCount(),
        info.encrypted(),
        layout,
        chunks,
        pages.stream()
            .map(p -> Page.of(p, keysByPage.getOrDefault(p.number(), List.of())))
            .toList(),
        List.copyOf(images),
        List.copyOf(warnings));
  }

  /**
   * A document that could not be read, so that no output of an earlier version of the same key
   * survives.
   *
   * @param reason {@code encrypted}, {@code unreadable} or {@code failed}, which is also the status
   */
  public static PdfDocument failed(Source source, String reason, String message) {
    return new PdfDocument(
        SCHEMA_VERSION,
        reason,
        new Error(reason, message),
        source,
        null,
        null,
        null,
        null,
        0,
        "encrypted".equals(reason),
        null,
        1,
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Why a document could not be read.
   *
   * @param reason a stable code, such as {@code encrypted}
   * @param message a sentence naming the problem
   */
  public record Error(String reason, String message) {}

  /**
   * The PDF.
   *
   * @param bucket the upload bucket, or null for a document sent inline
   * @param key the decoded upload key, or {@code inline/<sha256>.pdf}
   * @param size bytes
   * @param eTag the upload's ETag without quotes, or null for a document sent inline
   */
  public record Source(String bucket, String key, long size, String eTag) {}

  /**
   * One page, as {@link PdfPage} has it, with the keys of the images exported from it.
   *
   * @param number the 1-based page number
   * @param width the page width in points (after rotation)
   * @param height the page height in points (after rotation)
   * @param text the page text in reading order
   * @param wordCount whitespace-separated words in {@code text}
   * @param hasTextLayer whether the page carries any extractable text
   * @param needsOcr whether the page looks scanned: images but no text layer
   * @param imageCount images drawn on the page (each placement counts)
   * @param imageCoverage the share of the page covered by images, 0 to 1
   * @param tables the tables found on the page
   * @param warnings problems met on this page that did not stop extraction
   * @param images the derived-bucket keys of the images exported from this page
   */
  public record Page(
      int number,
      double width,
      double height,
      String text,
      int wordCount,
      boolean hasTextLayer,
      boolean needsOcr,
      int imageCount,
      double imageCoverage,
      List<PdfTable> tables,
      List<String> warnings,
      List<String> images) {
    static Page of(PdfPage p, List<String> images) {
      return new Page(
          p.number(),
          p.width(),
          p.height(),
          p.text(),
          p.wordCount(),
          p.hasTextLayer(),
          p.needsOcr(),
          p.imageCount(),
          p.imageCoverage(),
          p.tables(),
          p.warnings(),
          List.copyOf(images));
    }
  }

  /**
   * One exported image.
   *
   * @param page the 1-based page it was drawn on
   * @param n its 1-based index on that page, in drawing order
   * @param key its key in the derived bucket
   * @param contentType its media type
   * @param bytes its size
   */
  public record Image(int page, int n, String key, String contentType, long bytes) {}
}
