package dev.digest.thumbnail.image;

/** How a rendition fills its box: the whole image inside it, or a centre crop that covers it. */
public enum FitMode {
  /** Scale down to fit inside the box, keeping the aspect ratio. */
  FIT,
  /** Scale down to cover the box, keeping the aspect ratio, then crop the centre. */
  CROP
}
