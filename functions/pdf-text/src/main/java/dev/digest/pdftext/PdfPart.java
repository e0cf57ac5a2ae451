package dev.digest.pdftext;

import dev.digest.pdftext.extract.PdfPage;
import java.util.List;

/**
 * The pages one chunk extracted, saved under {@code pdf-parts/} until the chunk that finishes the
 * document assembles them.
 *
 * @param jobId the job that wrote it
 * @param chunk the chunk's number
 * @param pages the pages, in order
 */
record PdfPart(String jobId, int chunk, List<PdfPage> pages) {}
