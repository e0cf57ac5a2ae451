package dev.digest.thumbnail.image;

import java.util.List;

/**
 * What to render and the limits that protect the function from hostile input.
 *
 * @param sizes the boxes to render, in order
 * @param format the output encoding
 * @param quality the encoder quality, 1 to 100
 * @param maxPixels the largest width times height that will be decoded
 */
public record RenderSettings(
    List<SizeSpec> sizes, OutputFormat format, int quality, long maxPixels) {
  /** Validates the settings. */
  public RenderSettings {
    sizes = List.copyOf(sizes);
    if (quality < 1 || quality > 100) {
      throw new IllegalArgumentException("Quality must be between 1 and 100, got " + quality);
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive");
    }
  }
}
