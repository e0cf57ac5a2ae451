package dev.digest.metadata.extract;

/**
 * A position where a photo or video was taken, in the signed decimal form that maps and search
 * indexes take directly, whatever degree/minute/second form the file stored it in.
 *
 * @param latitude degrees north of the equator, negative for south, -90 to 90
 * @param longitude degrees east of Greenwich, negative for west, -180 to 180
 * @param altitude metres above sea level, negative below it, or null when the file has none
 */
public record Gps(double latitude, double longitude, Double altitude) {}
