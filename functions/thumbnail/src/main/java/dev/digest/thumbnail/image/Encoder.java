package dev.digest.thumbnail.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes a finished rendition as baseline JPEG or lossy WebP at the configured quality. */
final class Encoder {
  private Encoder() {}

  /**
   * Encodes the image; JPEG needs {@code TYPE_INT_RGB}, WebP takes {@code TYPE_INT_RGB} or {@code
   * TYPE_INT_ARGB}.
   *
   * @param quality 1 to 100
   */
  static byte[] encode(BufferedImage image, OutputFormat format, int quality) {
    ImageWriter writer = writerFor(format);
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    if (format == OutputFormat.WEBP) {
      param.setCompressionType("Lossy");
    } else {
      param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
      if (param instanceof JPEGImageWriteParam jpeg) {
        // Smaller files for the same pixels; costs little at thumbnail sizes.
        jpeg.setOptimizeHuffmanTables(true);
      }
    }
    param.setCompressionQuality(quality / 100f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode " + format + " rendition", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static ImageWriter writerFor(OutputFormat format) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.contentType());
    if (!writers.hasNext()) {
      throw new IllegalStateException("No ImageIO writer for " + format.contentType());
    }
    return writers.next();
  }
}
