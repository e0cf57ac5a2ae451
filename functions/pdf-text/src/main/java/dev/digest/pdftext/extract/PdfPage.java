package dev.digest.pdftext.extract;

import java.util.List;

/**
 * Everything extracted from one page.
 *
 * @param number the 1-based page number
 * @param width the page width in points (after rotation)
 * @param height the page height in points (after rotation)
 * @param text the page text in reading order
 * @param wordCount whitespace-separated words in {@code text}
 * @param hasTextLayer whether the page carries any extractable text
 * @param needsOcr whether the page looks scanned: images but no text layer
 * @param imageCount images drawn on the page (each placement counts)
 * @param imageCoverage the share of the page area covered by images, 0 to 1 (overlaps counted once)
 * @param tables the tables found on the page
 * @param warnings problems met on this page that did not stop extraction
 */
public record PdfPage(
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
    List<String> warnings) {}
