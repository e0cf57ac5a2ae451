package dev.digest.thumbnail.image;

/**
 * One encoded thumbnail.
 *
 * @param size the box it was rendered for
 * @param format the encoding of {@code bytes}
 * @param width the rendered width in pixels
 * @param height the rendered height in pixels
 * @param bytes the encoded image
 */
public record Rendition(SizeSpec size, OutputFormat format, int width, int height, byte[] bytes) {}
