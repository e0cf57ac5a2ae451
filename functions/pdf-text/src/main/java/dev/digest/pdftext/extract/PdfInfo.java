package dev.digest.pdftext.extract;

/**
 * What a PDF says about itself, read once when it is opened.
 *
 * @param title the document title, or null
 * @param author the author, or null
 * @param producer the software that wrote the file, or null
 * @param pageCount pages in the document
 * @param encrypted whether the file is encrypted (true for an owner-password-only file that still
 *     opened)
 * @param pdfVersion the header version, such as {@code 1.7}
 */
public record PdfInfo(
    String title,
    String author,
    String producer,
    int pageCount,
    boolean encrypted,
    String pdfVersion) {}
