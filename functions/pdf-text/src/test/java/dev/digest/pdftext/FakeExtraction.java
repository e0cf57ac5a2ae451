package dev.digest.pdftext;

import dev.digest.pdftext.extract.ImageSink;
import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the extract package: a "PDF" is a {@code %PDF-} header followed by settings such as
 * {@code pages=5}, {@code images=2} (per page), {@code tag=v1} (added to every image's bytes),
 * {@code encrypted} or {@code unreadable}. A document with images is design-heavy.
 */
final class FakeExtraction implements Extraction {
  int opened;
  int closed;

  /** Runs once, when the next document is opened, then is cleared: a hook for races. */
  Runnable beforeNextOpen;

  /** Runs once, when the next image export starts, then is cleared: a hook for races. */
  Runnable beforeNextExport;

  /** Called with page and image number after each image is handed to the sink. */
  java.util.function.BiConsumer<Integer, Integer> afterImage = (page, n) -> {};

  /** A fake PDF's bytes. */
  static byte[] pdf(String settings) {
    return ("%PDF-1.7\n" + settings + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public OpenPdf open(Path file) throws PdfException {
    Runnable hook = beforeNextOpen;
    beforeNextOpen = null;
    if (hook != null) {
      hook.run();
    }
    String settings;
    try {
      settings = Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (settings.contains("encrypted")) {
      throw new PdfException(PdfException.ENCRYPTED, "The PDF needs a user password", null);
    }
    if (settings.contains("unreadable")) {
      throw new PdfException(PdfException.UNREADABLE, "The PDF is damaged beyond repair", null);
    }
    opened++;
    return new Open(
        setting(settings, "pages", 1), setting(settings, "images", 0), text(settings, "tag"));
  }

  @Override
  public Layout classify(List<PdfPage> pages) {
    boolean design = pages.stream().anyMatch(p -> p.imageCount() > 0);
    return new Layout(design, design ? 0.9 : 0.0, 2.0, design ? "images cover pages" : "text");
  }

  private static int setting(String settings, String name, int fallback) {
    for (String line : settings.split("\n")) {
      if (line.startsWith(name + "=")) {
        return Integer.parseInt(line.substring(name.length() + 1).strip());
      }
    }
    return fallback;
  }

  private static String text(String settings, String name) {
    for (String line : settings.split("\n")) {
      if (line.startsWith(name + "=")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return "";
  }

  private final class Open implements OpenPdf {
    private final int pages;
    private final int images;
    private final String tag;

    Open(int pages, int images, String tag) {
      this.pages = pages;
      this.images = images;
      this.tag = tag;
    }

    @Override
    public PdfInfo info() {
      return new PdfInfo("Fake", "Tester", "FakeExtraction", pages, false, "1.7");
    }

    @Override
    public List<PdfPage> extractPages(int firstPage, BooleanSupplier stop) {
      List<PdfPage> out = new ArrayList<>();
      for (int n = firstPage; n <= pages && !stop.getAsBoolean(); n++) {
        out.add(
            new PdfPage(
                n,
                612,
                792,
                "Page " + n + " text",
                3,
                true,
                false,
                images,
                images > 0 ? 0.9 : 0.0,
                List.of(),
                List.of()));
      }
      return out;
    }

    @Override
    public List<String> exportImages(int page, ImageSink sink) throws IOException {
      Runnable hook = beforeNextExport;
      beforeNextExport = null;
      if (hook != null) {
        hook.run();
      }
      for (int n = 1; n <= images; n++) {
        sink.accept(
            page,
            n,
            "png",
            "image/png",
            ("image " + page + "-" + n + tag).getBytes(StandardCharsets.US_ASCII));
        afterImage.accept(page, n);
      }
      return List.of();
    }

    @Override
    public void close() {
      closed++;
    }
  }
}
