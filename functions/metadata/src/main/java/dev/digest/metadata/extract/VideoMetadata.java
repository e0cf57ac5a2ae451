package dev.digest.metadata.extract;

/**
 * What an MP4 or QuickTime video says about itself, read from the movie header and the first video
 * track so the values agree with ExifTool's. Every field is null when the file does not have it.
 *
 * @param durationSeconds movie header ({@code mvhd}) duration divided by its time scale, unrounded;
 *     null when the header declares no time scale or a zero or unknown duration (fragmented files)
 * @param width display width in pixels from the video track header ({@code tkhd}), before any
 *     rotation; falls back to the coded width in the sample description when the header has zero
 * @param height display height in pixels, from the same place as {@link #width()}
 * @param frameRate average frames per second of the first video track: samples in its
 *     time-to-sample table ({@code stts}) times the media time scale over their total duration
 * @param codec four-character code of the first video track's sample description, such as {@code
 *     avc1}, {@code hvc1}, {@code av01} or {@code jpeg}, kept as stored because a code maps to a
 *     name but names (HEVC is both {@code hvc1} and {@code hev1}) do not map back
 * @param creationTime movie header creation time, which the format defines as UTC, as an ISO-8601
 *     instant such as {@code 2016-02-06T00:53:22Z}; null when unset (zero)
 * @param gps Apple {@code com.apple.quicktime.location.ISO6709} in {@code moov/meta} (keys and item
 *     list), else the {@code ©xyz} user-data atom that Android and older iPhones write
 */
public record VideoMetadata(
    Double durationSeconds,
    Integer width,
    Integer height,
    Double frameRate,
    String codec,
    String creationTime,
    Gps gps) {}
