package dev.digest.pdftext.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Extracts every page of one file and prints what it found and what it cost; the memory tests run
 * it in a JVM with a small heap.
 */
final class ExtractMain {
  private ExtractMain() {}

  /**
   * Extracts {@code args[0]}; prints one line per page, then a summary line. With {@code
   * --export-images} it also exports every page's images and prints a line per page about them.
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    List<PdfPage> pages;
    try (OpenPdf pdf = TestPdfs.extractor().open(Path.of(args[0]))) {
      pages = pdf.extractPages(1, () -> false);
      if (args.length > 1 && args[1].equals("--export-images")) {
        for (PdfPage page : pages) {
          long[] bytes = {0};
          List<String> warnings =
              pdf.exportImages(page.number(), (p, n, ext, type, data) -> bytes[0] += data.length);
          System.out.printf(
              "images page=%d bytes=%d warnings=%s%n", page.number(), bytes[0], warnings);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long words = 0;
    for (PdfPage page : pages) {
      words += page.wordCount();
      if (pages.size() <= 10) {
        System.out.printf(
            "page=%d words=%d warnings=%s%n", page.number(), page.wordCount(), page.warnings());
      }
    }
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "pages=%d words=%d seconds=%.2f pagesPerSecond=%.1f peakHeapMiB=%d peakRss=%s%n",
        pages.size(), words, seconds, pages.size() / seconds, peakHeap >> 20, peakRss());
  }

  private static String peakRss() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> line.substring(6).strip().replace(" ", ""))
        .findFirst()
        .orElse("unknown");
  }
}
