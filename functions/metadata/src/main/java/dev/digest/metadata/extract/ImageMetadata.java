package dev.digest.metadata.extract;

import java.util.List;

/**
 * What a still image says about itself, reduced to the fields people search and display, each read
 * from the tag ExifTool reads it from so the values agree with what photographers' tools show.
 * Every field is null when the file does not have it; text is trimmed, and text that is only
 * whitespace counts as absent.
 *
 * @param width stored width in pixels, before any orientation is applied: JPEG frame header (SOF),
 *     PNG IHDR, GIF screen descriptor, WebP header, BMP header, TIFF IFD0 {@code ImageWidth} (for a
 *     DNG that is its preview), HEIF {@code ispe} of the primary image
 * @param height stored height in pixels, from the same place as {@link #width()}
 * @param orientation EXIF IFD0 {@code Orientation}, 1 to 8 (1 upright, 3 turned 180°, 6 needs a
 *     quarter turn clockwise, 8 anticlockwise, 2/4/5/7 mirrored); null when absent or out of range
 * @param make EXIF IFD0 {@code Make}, the camera maker
 * @param model EXIF IFD0 {@code Model}, the camera model
 * @param lens EXIF {@code LensModel} (0xA434); maker-note lens names are not read
 * @param captureTime EXIF {@code DateTimeOriginal} as an ISO-8601 local date-time such as {@code
 *     2024-05-01T12:30:45}: the camera's wall clock, with no zone (see {@link
 *     #captureTimeOffset()}); null when absent, unset (all zeros) or not a real date
 * @param captureTimeOffset EXIF {@code OffsetTimeOriginal}, the camera clock's offset from UTC such
 *     as {@code +02:00}; null when absent, never guessed
 * @param gps EXIF GPS position with the N/S, E/W and above/below sea-level references applied; null
 *     when the GPS block is absent, empty or out of range
 * @param title XMP {@code dc:title} (x-default), else IPTC {@code ObjectName} (2:05)
 * @param description XMP {@code dc:description} (x-default), else IPTC {@code Caption-Abstract}
 *     (2:120); EXIF {@code ImageDescription} is not used, since cameras fill it with boilerplate
 * @param keywords XMP {@code dc:subject}, else IPTC {@code Keywords} (2:25), in file order, blank
 *     entries dropped; null when there are none
 * @param copyright XMP {@code dc:rights} (x-default), else IPTC {@code CopyrightNotice} (2:116),
 *     else EXIF IFD0 {@code Copyright}
 * @param colorSpace the description of the embedded ICC profile (such as {@code Display P3} or
 *     {@code sRGB IEC61966-2.1}), since that profile is what colour-managed viewers apply; without
 *     one, EXIF {@code ColorSpace} as {@code sRGB}, {@code Adobe RGB} or {@code Uncalibrated}, or
 *     {@code sRGB} for a PNG with an sRGB chunk
 * @param bitDepth bits per sample of one colour channel: JPEG frame precision, PNG IHDR bit depth,
 *     TIFF {@code BitsPerSample} (first channel), HEIF {@code pixi}; null for palette formats
 */
public record ImageMetadata(
    Integer width,
    Integer height,
    Integer orientation,
    String make,
    String model,
    String lens,
    String captureTime,
    String captureTimeOffset,
    Gps gps,
    String title,
    String description,
    List<String> keywords,
    String copyright,
    String colorSpace,
    Integer bitDepth) {
  /** Copies the keywords so the record stays immutable; an empty list becomes null. */
  public ImageMetadata {
    keywords = keywords == null || keywords.isEmpty() ? null : List.copyOf(keywords);
  }
}
