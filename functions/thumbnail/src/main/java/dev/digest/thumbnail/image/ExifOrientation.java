package dev.digest.thumbnail.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads the EXIF orientation (1 to 8) and turns pixels stored sideways or mirrored upright, because
 * cameras store the sensor's pixels and only record how they should be shown.
 */
final class ExifOrientation {
  /** Stored upright; nothing to do. */
  static final int NORMAL = 1;

  private static final List<JpegSegmentMetadataReader> EXIF_ONLY = List.of(new ExifReader());

  private ExifOrientation() {}

  /**
   * Reads the orientation from the EXIF IFD0 of a JPEG, TIFF, PNG or WebP file, returning {@link
   * #NORMAL} when there is none or it cannot be read, since a missing tag means upright.
   *
   * @param data the encoded file
   * @param jpeg whether the file is a JPEG, which lets the reader skip every non-EXIF segment
   */
  static int read(byte[] data, boolean jpeg) {
    try {
      Metadata metadata =
          jpeg
              ? JpegMetadataReader.readMetadata(new ByteArrayInputStream(data), EXIF_ONLY)
              : ImageMetadataReader.readMetadata(new ByteArrayInputStream(data), data.length);
      ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return NORMAL;
      }
      int value = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      return value >= 1 && value <= 8 ? value : NORMAL;
    } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
      // Unreadable or absent metadata never blocks a thumbnail; the pixels are shown as stored.
      return NORMAL;
    }
  }

  /** Whether the orientation swaps width and height (5 to 8 turn the image a quarter). */
  static boolean transposes(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /**
   * Returns a new image of {@code type} with the stored pixels turned upright.
   *
   * @param stored the pixels as stored; premultiplied alpha is converted to straight alpha
   * @param orientation the EXIF orientation, 1 to 8
   * @param type the {@link BufferedImage} type of the result, {@code TYPE_INT_RGB} or {@code
   *     TYPE_INT_ARGB}
   */
  static BufferedImage apply(BufferedImage stored, int orientation, int type) {
    int w = stored.getWidth();
    int h = stored.getHeight();
    int[] src = stored.getRGB(0, 0, w, h, null, 0, w);
    boolean turn = transposes(orientation);
    int dw = turn ? h : w;
    int dh = turn ? w : h;
    int[] dst = new int[src.length];
    for (int y = 0; y < dh; y++) {
      int row = y * dw;
      for (int x = 0; x < dw; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> {
            sx = w - 1 - x;
            sy = y;
          }
          case 3 -> {
            sx = w - 1 - x;
            sy = h - 1 - y;
          }
          case 4 -> {
            sx = x;
            sy = h - 1 - y;
          }
          case 5 -> {
            sx = y;
            sy = x;
          }
          case 6 -> {
            sx = y;
            sy = h - 1 - x;
          }
          case 7 -> {
            sx = w - 1 - y;
            sy = h - 1 - x;
          }
          case 8 -> {
            sx = w - 1 - y;
            sy = x;
          }
          default -> {
            sx = x;
            sy = y;
          }
        }
        dst[row + x] = src[sy * w + sx];
      }
    }
    BufferedImage out = new BufferedImage(dw, dh, type);
    out.setRGB(0, 0, dw, dh, dst, 0, dw);
    return out;
  }
}
