package dev.digest.thumbnail.image;

/**
 * Where one rendition comes from and how big it is, worked out from the header alone so the decoder
 * can subsample before a single pixel is read.
 *
 * <p>Everything is in stored (not yet oriented) pixels of the full-resolution source: a box for an
 * image turned a quarter by its EXIF orientation is swapped before planning, so the centre crop and
 * the fit are the same as if the image had been turned first.
 *
 * @param size the box this rendition is for
 * @param x left edge of the source region, in full-resolution stored pixels
 * @param y top edge of the source region
 * @param regionWidth width of the source region
 * @param regionHeight height of the source region
 * @param width output width in stored orientation
 * @param height output height in stored orientation
 */
record RenditionPlan(
    SizeSpec size,
    double x,
    double y,
    double regionWidth,
    double regionHeight,
    int width,
    int height) {

  /**
   * Plans a box over a source; an image is never enlarged.
   *
   * <p>{@link FitMode#FIT} keeps the whole image and scales it down until it fits inside the box;
   * an image already inside the box keeps its size. {@link FitMode#CROP} takes the largest centre
   * region with the box's aspect ratio and scales it down to the box; when that region is smaller
   * than the box it is returned at its own size rather than enlarged, so a 100x80 source in a
   * 150x150 crop box gives its 80x80 centre.
   *
   * @param size the box, in upright (displayed) orientation
   * @param storedWidth the full-resolution stored width
   * @param storedHeight the full-resolution stored height
   * @param orientation the EXIF orientation; 5 to 8 swap the box
   */
  static RenditionPlan of(SizeSpec size, int storedWidth, int storedHeight, int orientation) {
    boolean swap = ExifOrientation.transposes(orientation);
    int boxW = swap ? size.height() : size.width();
    int boxH = swap ? size.width() : size.height();
    double w = storedWidth;
    double h = storedHeight;
    if (size.mode() == FitMode.FIT) {
      double scale = Math.min(1.0, Math.min(boxW / w, boxH / h));
      int outW = scale < 1.0 ? clamp(Math.round(w * scale), boxW) : storedWidth;
      int outH = scale < 1.0 ? clamp(Math.round(h * scale), boxH) : storedHeight;
      return new RenditionPlan(size, 0, 0, w, h, outW, outH);
    }
    double regionW = Math.min(w, h * boxW / boxH);
    double regionH = Math.min(h, w * boxH / boxW);
    int outW;
    int outH;
    if (regionW > boxW || regionH > boxH) {
      outW = boxW;
      outH = boxH;
    } else {
      // Not enlarged: the region is output pixel for pixel, so it must be whole pixels.
      outW = clamp(Math.round(regionW), storedWidth);
      outH = clamp(Math.round(regionH), storedHeight);
      regionW = outW;
      regionH = outH;
    }
    return new RenditionPlan(
        size, (w - regionW) / 2, (h - regionH) / 2, regionW, regionH, outW, outH);
  }

  /** The output size over the region size, the larger of the two axes: at most 1. */
  double scale() {
    return Math.max(width / regionWidth, height / regionHeight);
  }

  private static int clamp(long value, int max) {
    return (int) Math.max(1, Math.min(max, value));
  }
}
