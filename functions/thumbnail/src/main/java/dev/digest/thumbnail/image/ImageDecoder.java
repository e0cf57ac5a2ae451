package dev.digest.thumbnail.image;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPReadParam;
import dev.digest.shared.batch.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes the first image of a file through ImageIO, checking the declared size against the pixel
 * limit before any pixel is allocated and subsampling large sources while they are read.
 *
 * <p>Only JPEG, PNG, GIF, BMP, TIFF and WebP readers are used, so permissive readers for formats
 * nobody uploads (such as WBMP, which accepts almost any bytes starting with zero) cannot turn
 * garbage into an image. When a format has several readers they are tried in order of preference,
 * the next only if one fails to decode: libwebp for WebP, then TwelveMonkeys, then the JDK.
 *
 * <p>Truncated files: JPEG decoders fill a file that ends early with grey and only warn. Such a
 * decode is refused as {@code corrupt}, because a thumbnail that is half grey misrepresents the
 * upload; other decoder warnings (such as stray bytes between segments, common from some cameras)
 * are accepted, since the picture is whole.
 */
final class ImageDecoder {
  private static final Set<String> FORMATS =
      Set.of("jpeg", "jpg", "png", "gif", "bmp", "tiff", "tif", "webp");

  private static final Set<String> EXIF_FORMATS =
      Set.of("jpeg", "jpg", "tiff", "tif", "png", "webp");

  private ImageDecoder() {}

  /** Chooses the subsampling factor once the header is known. */
  @FunctionalInterface
  interface Subsampling {
    /**
     * Returns the integer factor to decode with, 1 for full resolution.
     *
     * @param width the full-resolution stored width
     * @param height the full-resolution stored height
     * @param orientation the EXIF orientation, 1 to 8
     */
    int factor(int width, int height, int orientation);
  }

  /**
   * The pixels of a decoded image and what the header said about the full-resolution source.
   *
   * @param pixels the decoded pixels, possibly subsampled, as stored (not yet oriented)
   * @param width the full-resolution stored width
   * @param height the full-resolution stored height
   * @param orientation the EXIF orientation, 1 to 8
   * @param format the lower-case format name, such as {@code jpeg}
   * @param reader the class name of the reader that decoded it
   */
  record Decoded(
      BufferedImage pixels, int width, int height, int orientation, String format, String reader) {}

  /**
   * Decodes the first image.
   *
   * @throws BadInputException {@code not-an-image}, {@code corrupt} or {@code too-many-pixels}
   */
  static Decoded decode(byte[] data, long maxPixels, Subsampling subsampling) {
    List<ImageReader> readers = readersFor(data);
    if (readers.isEmpty()) {
      throw new BadInputException(
          "not-an-image",
          "Not a supported image: the content is "
              + ContentSniffer.describe(data)
              + " (supported: JPEG, PNG, GIF, WebP, TIFF, BMP)");
    }
    try {
      BadInputException first = null;
      for (ImageReader reader : readers) {
        try {
          return decodeWith(reader, data, maxPixels, subsampling);
        } catch (BadInputException e) {
          if (!"corrupt".equals(e.reason())) {
            throw e;
          }
          if (first == null) {
            first = e;
          }
        }
      }
      throw first;
    } finally {
      readers.forEach(ImageReader::dispose);
    }
  }

  /** The readers that accept these bytes, supported formats only, TwelveMonkeys first. */
  static List<ImageReader> readersFor(byte[] data) {
    List<ImageReader> readers = new ArrayList<>();
    try (ImageInputStream probe = new ByteArrayImageInput(data)) {
      Iterator<ImageReader> it = ImageIO.getImageReaders(probe);
      while (it.hasNext()) {
        ImageReader reader = it.next();
        if (FORMATS.contains(formatOf(reader))) {
          readers.add(reader);
        } else {
          reader.dispose();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Reading from memory cannot fail", e);
    }
    readers.sort(Comparator.comparingInt(ImageDecoder::preference));
    return readers;
  }

  /**
   * Lower is tried first: libwebp (through webp-imageio) for WebP, since it is several times faster
   * than the pure-Java decoder and scales while decoding; then TwelveMonkeys, which handles CMYK,
   * YCCK and broken JPEGs better than the JDK; then the JDK's own readers.
   */
  private static int preference(ImageReader reader) {
    if (reader.getOriginatingProvider() instanceof WebPImageReaderSpi) {
      return 0;
    }
    return reader.getClass().getName().startsWith("com.twelvemonkeys.") ? 1 : 2;
  }

  private static Decoded decodeWith(
      ImageReader reader, byte[] data, long maxPixels, Subsampling subsampling) {
    String format = formatOf(reader);
    try (ImageInputStream in = new ByteArrayImageInput(data)) {
      reader.setInput(in, false, true);
      int width;
      int height;
      try {
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } catch (IOException | RuntimeException e) {
        throw new BadInputException(
            "corrupt",
            "Corrupt " + label(format) + ": the header cannot be read (" + e.getMessage() + ")",
            e);
      }
      if (width < 1 || height < 1) {
        throw new BadInputException(
            "corrupt", "Corrupt " + label(format) + ": it declares " + width + "x" + height);
      }
      PixelLimit.check(label(format) + " declares", width, height, maxPixels);
      int orientation =
          EXIF_FORMATS.contains(format)
              ? ExifOrientation.read(data, format.startsWith("jp"))
              : ExifOrientation.NORMAL;
      ImageReadParam param = reader.getDefaultReadParam();
      int factor = subsampling.factor(width, height, orientation);
      if (factor > 1 && param instanceof WebPReadParam webp) {
        // libwebp ignores subsampling but scales while decoding, averaging rather than skipping.
        webp.setUseScaling(true);
        webp.setScaledWidth(Math.ceilDiv(width, factor));
        webp.setScaledHeight(Math.ceilDiv(height, factor));
      } else if (factor > 1) {
        param.setSourceSubsampling(factor, factor, 0, 0);
      }
      Warnings warnings = new Warnings();
      reader.addIIOReadWarningListener(warnings);
      BufferedImage pixels;
      try {
        pixels = reader.read(0, param);
      } catch (IOException | RuntimeException e) {
        throw new BadInputException(
            "corrupt",
            "Corrupt " + label(format) + ": the pixels cannot be decoded (" + e.getMessage() + ")",
            e);
      }
      if (warnings.truncated != null) {
        throw new BadInputException(
            "corrupt",
            "Corrupt "
                + label(format)
                + ": the image data ends before the image does, so the upload is truncated or"
                + " damaged ("
                + warnings.truncated
                + ")");
      }
      return new Decoded(pixels, width, height, orientation, format, reader.getClass().getName());
    } catch (IOException e) {
      throw new IllegalStateException("Closing an in-memory stream cannot fail", e);
    }
  }

  private static String formatOf(ImageReader reader) {
    try {
      return reader.getFormatName().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "";
    }
  }

  private static String label(String format) {
    return switch (format) {
      case "jpeg", "jpg" -> "JPEG";
      case "tiff", "tif" -> "TIFF";
      case "webp" -> "WebP";
      default -> format.toUpperCase(Locale.ROOT);
    };
  }

  /** Remembers a decoder warning that means the data stopped before the image did. */
  private static final class Warnings implements IIOReadWarningListener {
    private String truncated;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      String lower = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
      if (truncated == null && (lower.contains("premature end") || lower.contains("truncated"))) {
        truncated = warning;
      }
    }
  }
}
