package dev.digest.pdftext.extract;

/**
 * The per-document verdict of the design-heavy heuristic, with the measurements behind it.
 *
 * @param designHeavy whether the document is image-led (a brochure, a flyer) rather than text-led
 * @param imageCoverage the mean share of page area covered by images
 * @param wordsPerPage the mean number of words per page
 * @param reason one sentence explaining the verdict
 */
public record Layout(
    boolean designHeavy, double imageCoverage, double wordsPerPage, String reason) {}
