package dev.digest.metadata.extract;

import java.util.List;

/**
 * Everything one extraction found, so the caller can write one document whatever the file was.
 *
 * @param image the still-image metadata, or null when the file is not an image or none could be
 *     read
 * @param video the video metadata, or null when the file is not a video or none could be read
 * @param warnings what was wrong with the file or skipped, in plain words, in the order found;
 *     empty when nothing was
 */
public record Extracted(ImageMetadata image, VideoMetadata video, List<String> warnings) {
  /** Copies the warnings so the result stays immutable. */
  public Extracted {
    warnings = List.copyOf(warnings);
  }
}
