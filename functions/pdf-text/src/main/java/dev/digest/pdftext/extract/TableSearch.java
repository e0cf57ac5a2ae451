package dev.digest.pdftext.extract;

import java.util.List;

/**
 * What {@link TableFinder} found on one page, with the count of tables it dropped for having too
 * many cells, so the caller can warn about them.
 *
 * @param tables the tables kept, top to bottom
 * @param oversized how many tables were dropped for exceeding the cell limit
 */
record TableSearch(List<PdfTable> tables, int oversized) {}
