package dev.digest.pdftext.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Exports the image XObjects a page draws: JPEG and JPEG 2000 data passes through untouched (no
 * quality loss, no decoding), everything else is decoded and written as PNG. Masks and soft masks
 * are not applied, so exported images are opaque.
 */
final class ImageExporter {
  /** Bytes per pixel at most (four 16-bit components), to bound what an image may decode to. */
  private static final long MAX_BYTES_PER_PIXEL = 8;

  private ImageExporter() {}

  /**
   * Sends each distinct image XObject of {@code placements} to {@code sink}, in drawing order, as
   * image 1, 2, ... of the page; an image that is skipped keeps its number.
   *
   * @return warnings about images that were skipped
   */
  static List<String> export(
      int page, List<Placement> placements, ExtractLimits limits, ImageSink sink)
      throws IOException {
    long maxPixels = limits.maxImagePixels();
    Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> warnings = new ArrayList<>();
    int n = 0;
    for (Placement placement : placements) {
      if (!(placement.image() instanceof PDImageXObject image) || !seen.add(image.getCOSObject())) {
        continue;
      }
      n++;
      long pixels = (long) image.getWidth() * image.getHeight();
      if (pixels > maxPixels) {
        warnings.add(
            "page %d image %d: %d×%d pixels exceeds the limit of %d pixels; skipped"
                .formatted(page, n, image.getWidth(), image.getHeight(), maxPixels));
        continue;
      }
      Encoded encoded;
      try {
        encoded = encode(image, pixels, limits.maxContentBytes());
      } catch (IOException | RuntimeException e) {
        warnings.add("page %d image %d: cannot be decoded (%s); skipped".formatted(page, n, e));
        continue;
      }
      sink.accept(page, n, encoded.extension(), encoded.contentType(), encoded.bytes());
    }
    return warnings;
  }

  private record Encoded(String extension, String contentType, byte[] bytes) {}

  private static Encoded encode(PDImageXObject image, long pixels, long maxBytes)
      throws IOException {
    // PDFBox decodes the whole stream onto the heap; data beyond what the pixels need is a bomb.
    long cap = pixels * MAX_BYTES_PER_PIXEL + 65_536;
    List<COSName> filters = image.getStream().getFilters();
    COSName codec = filters.isEmpty() ? null : filters.get(filters.size() - 1);
    if (COSName.DCT_DECODE.equals(codec) || COSName.DCT_DECODE_ABBREVIATION.equals(codec)) {
      return new Encoded("jpg", "image/jpeg", encodedAs(image, codec, Math.min(cap, maxBytes)));
    }
    if (COSName.JPX_DECODE.equals(codec)) {
      return new Encoded("jp2", "image/jp2", encodedAs(image, codec, Math.min(cap, maxBytes)));
    }
    if (DecodedLength.exceeds(image.getCOSObject(), cap)) {
      throw new IOException("decoded data is larger than its " + pixels + " pixels need");
    }
    BufferedImage decoded = image.getOpaqueImage();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    if (!ImageIO.write(decoded, "png", png)) {
      throw new IOException("no PNG writer for image type " + decoded.getType());
    }
    return new Encoded("png", "image/png", png.toByteArray());
  }

  /**
   * The stream's data with every filter before {@code codec} undone, still in that codec; measured
   * first, because PDFBox undoes the filters onto the heap, and refused above {@code cap} bytes.
   */
  private static byte[] encodedAs(PDImageXObject image, COSName codec, long cap)
      throws IOException {
    long length = DecodedLength.measure(image.getCOSObject(), cap);
    if (length > cap) {
      throw new IOException(
          "its %s data decodes to more than the limit of %d bytes".formatted(codec.getName(), cap));
    }
    try (InputStream in = image.getStream().createInputStream(List.of(codec.getName()))) {
      return in.readNBytes(Math.toIntExact(length));
    }
  }
}
