package dev.digest.thumbnail.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/**
 * Brings any decoded image to 8-bit sRGB in one of the two layouts the resampler works on, so
 * 16-bit, grey, palette, CMYK and ICC-tagged sources all scale and encode the same way.
 */
final class PixelFormat {
  private PixelFormat() {}

  /**
   * Returns the image as {@code TYPE_INT_ARGB_PRE} when it has alpha and alpha is kept, otherwise
   * as {@code TYPE_INT_RGB} with any transparency flattened onto white. The source itself is
   * returned when it already has the right layout.
   */
  static BufferedImage normalize(BufferedImage image, boolean keepAlpha) {
    boolean alpha = image.getColorModel().hasAlpha();
    BufferedImage srgb = image;
    ColorSpace space = image.getColorModel().getColorSpace();
    if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
      // Java2D would convert an ICC or CMYK colour space pixel by pixel; one op over the raster
      // is both correct and fast.
      srgb =
          new BufferedImage(
              image.getWidth(),
              image.getHeight(),
              alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
      new ColorConvertOp(null).filter(image, srgb);
    }
    int type = alpha && keepAlpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
    if (srgb.getType() == type) {
      return srgb;
    }
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = out.createGraphics();
    try {
      if (alpha && !keepAlpha) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
      }
      g.drawImage(srgb, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
