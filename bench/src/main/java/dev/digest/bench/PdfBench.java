package dev.digest.bench;

import dev.digest.pdftext.extract.ExtractLimits;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfExtractor;
import dev.digest.pdftext.extract.PdfPage;
import dev.digest.pdftext.extract.TableFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Extracts the text and tables of every PDF in a folder through the function's own {@link
 * PdfExtractor}, one document at a time as one Lambda instance does, so its speed and its text can
 * be set beside pdftotext's on the same files.
 *
 * <p>Usage: {@code PdfBench INPUT_DIR TEXT_DIR PASSES}. Prints {@code pass <n> <pages> <seconds>}
 * per pass and writes each document's text, pages joined by form feeds as pdftotext does, to {@code
 * TEXT_DIR/<name>.txt} after the first pass. A document that fails is named on stderr and counts no
 * pages.
 */
public final class PdfBench {
  private PdfBench() {}

  /** Runs the passes. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PdfBench INPUT_DIR TEXT_DIR PASSES");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path textDir = Files.createDirectories(Path.of(args[1]));
    int passes = Integer.parseInt(args[2]);
    List<Path> documents = documents(input);
    PdfExtractor extractor =
        new PdfExtractor(
            ExtractLimits.DEFAULTS, new TableFinder(ExtractLimits.DEFAULTS.maxTableCells()));
    for (int pass = 1; pass <= passes; pass++) {
      Map<Path, String> texts = new LinkedHashMap<>();
      int pages = 0;
      int tables = 0;
      long start = System.nanoTime();
      for (Path document : documents) {
        List<PdfPage> extracted = extract(extractor, document, pass == 1);
        if (extracted == null) {
          continue;
        }
        pages += extracted.size();
        tables += extracted.stream().mapToInt(p -> p.tables().size()).sum();
        texts.put(
            document, extracted.stream().map(PdfPage::text).collect(Collectors.joining("\f")));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d %d %.4f%n", pass, pages, seconds);
      if (pass == 1) {
        System.err.printf(Locale.ROOT, "ours: %d pages, %d tables%n", pages, tables);
        for (Map.Entry<Path, String> text : texts.entrySet()) {
          String name = String.valueOf(text.getKey().getFileName()).replaceFirst("\\.pdf$", "");
          Files.writeString(
              textDir.resolve(name + ".txt"), text.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
  }

  /** Every page of one document, or null when it cannot be extracted (said once, on stderr). */
  private static List<PdfPage> extract(PdfExtractor extractor, Path document, boolean report) {
    try (OpenPdf pdf = extractor.open(document)) {
      return pdf.extractPages(1, () -> false);
    } catch (PdfException | IOException | RuntimeException e) {
      if (report) {
        System.err.println("failed " + document.getFileName() + ": " + e);
      }
      return null;
    }
  }

  private static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> documents =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
              .sorted()
              .toList();
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("No .pdf files in " + dir);
      }
      return documents;
    }
  }
}
