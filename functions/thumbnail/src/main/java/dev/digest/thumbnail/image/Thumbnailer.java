package dev.digest.thumbnail.image;

import dev.digest.shared.batch.BadInputException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Decodes one image and renders every configured size from it, all in memory.
 *
 * <p>Supported inputs are JPEG (baseline, progressive, CMYK and YCCK), PNG (alpha and 16-bit), GIF
 * (first frame), WebP, TIFF and BMP, turned upright by their EXIF orientation, plus the poster
 * frame of H.264 MP4 and MOV videos. The source is decoded once, subsampled while decoding when it
 * is far larger than the largest box, and each smaller size is scaled from the smallest larger
 * picture already in memory. An image is never enlarged: see {@link RenditionPlan#of} for how the
 * fit and crop boxes treat small sources.
 *
 * <p>Instances hold only immutable settings, so one can serve every invocation of a function
 * instance, from any number of threads.
 */
public final class Thumbnailer {
  private final RenderSettings settings;

  /** Creates a thumbnailer; ImageIO plugins are scanned once, here. */
  public Thumbnailer(RenderSettings settings) {
    ImageIO.scanForPlugins();
    this.settings = settings;
  }

  /**
   * Renders every size from the encoded source. Nothing is returned unless every size succeeds.
   *
   * @return one rendition per configured size, in the configured order
   * @throws BadInputException when the bytes are not a supported image, are corrupt, or exceed the
   *     pixel limit; {@link BadInputException#reason()} names the case: {@code empty}, {@code
   *     not-an-image}, {@code corrupt}, {@code too-many-pixels}, {@code unsupported-video} or
   *     {@code unsupported-heic}
   */
  public List<Rendition> render(byte[] source) {
    return render(decode(source));
  }

  /** Decodes the source as its magic bytes say: a video's poster frame or an image. */
  ImageDecoder.Decoded decode(byte[] source) {
    if (source == null || source.length == 0) {
      throw new BadInputException("empty", "The file is empty (0 bytes)");
    }
    return switch (ContentSniffer.classify(source)) {
      case HEIF ->
          throw new BadInputException(
              "unsupported-heic",
              "HEIC/HEIF images (brand '"
                  + ContentSniffer.majorBrand(source)
                  + "') are not supported: no decoder is available; upload JPEG, PNG or WebP");
      case OTHER_VIDEO ->
          throw new BadInputException(
              "unsupported-video",
              "Unsupported video: only H.264 video in MP4 or MOV can be thumbnailed, this is "
                  + "WebM, Matroska or AVI");
      case ISO_VIDEO -> VideoPosterFrame.grab(source, settings.maxPixels());
      case IMAGE -> ImageDecoder.decode(source, settings.maxPixels(), this::subsampling);
    };
  }

  /**
   * The largest integer subsampling that still decodes at least twice the pixels the largest
   * rendition needs, so the decoder never allocates a full-resolution raster it would only shrink;
   * the factor of two leaves the resampler room to filter out aliasing.
   */
  int subsampling(int width, int height, int orientation) {
    double needed = 0;
    for (SizeSpec size : settings.sizes()) {
      needed = Math.max(needed, RenditionPlan.of(size, width, height, orientation).scale());
    }
    return needed <= 0 ? 1 : Math.max(1, (int) Math.floor(1.0 / (2.0 * needed)));
  }

  private List<Rendition> render(ImageDecoder.Decoded decoded) {
    boolean keepAlpha = settings.format() == OutputFormat.WEBP;
    BufferedImage pixels = PixelFormat.normalize(decoded.pixels(), keepAlpha);
    int width = decoded.width();
    int height = decoded.height();
    int orientation = decoded.orientation();

    List<RenditionPlan> plans = new ArrayList<>();
    for (SizeSpec size : settings.sizes()) {
      plans.add(RenditionPlan.of(size, width, height, orientation));
    }
    // Largest first, so each whole-picture (fit) rendition can feed the smaller ones.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> plans.get(i).scale()).reversed());

    List<BufferedImage> wholePictures = new ArrayList<>();
    wholePictures.add(pixels);
    Rendition[] out = new Rendition[plans.size()];
    for (int index : order) {
      RenditionPlan plan = plans.get(index);
      BufferedImage source = smallestSufficient(wholePictures, plan, width, height);
      double sx = source.getWidth() / (double) width;
      double sy = source.getHeight() / (double) height;
      int x = (int) Math.round(plan.x() * sx);
      int y = (int) Math.round(plan.y() * sy);
      int w =
          Math.min(source.getWidth() - x, Math.max(1, (int) Math.round(plan.regionWidth() * sx)));
      int h =
          Math.min(source.getHeight() - y, Math.max(1, (int) Math.round(plan.regionHeight() * sy)));
      BufferedImage scaled = Resampler.resize(source, x, y, w, h, plan.width(), plan.height());
      if (plan.size().mode() == FitMode.FIT) {
        wholePictures.add(scaled);
      }
      out[index] = encode(plan, scaled, orientation);
    }
    return List.copyOf(Arrays.asList(out));
  }

  /** The smallest picture in memory with at least the plan's output resolution. */
  private static BufferedImage smallestSufficient(
      List<BufferedImage> pictures, RenditionPlan plan, int width, int height) {
    BufferedImage best = pictures.get(0);
    for (BufferedImage candidate : pictures) {
      double sx = candidate.getWidth() / (double) width;
      double sy = candidate.getHeight() / (double) height;
      boolean sufficient =
          plan.regionWidth() * sx >= plan.width() - 1e-6
              && plan.regionHeight() * sy >= plan.height() - 1e-6;
      if (sufficient && candidate.getWidth() < best.getWidth()) {
        best = candidate;
      }
    }
    return best;
  }

  private Rendition encode(RenditionPlan plan, BufferedImage scaled, int orientation) {
    boolean alpha = scaled.getColorModel().hasAlpha();
    BufferedImage upright =
        ExifOrientation.apply(
            scaled, orientation, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    byte[] bytes = Encoder.encode(upright, settings.format(), settings.quality());
    return new Rendition(
        plan.size(), settings.format(), upright.getWidth(), upright.getHeight(), bytes);
  }
}
