package dev.digest.thumbnail.image;

import java.util.Locale;

/** The encodings a rendition can be written in, with the key extension and content type. */
public enum OutputFormat {
  /** Baseline JPEG; alpha is flattened onto white. */
  JPEG("jpg", "image/jpeg"),
  /** Lossy WebP through the bundled libwebp. */
  WEBP("webp", "image/webp");

  private final String extension;
  private final String contentType;

  OutputFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** The file extension of output keys, without the dot. */
  public String extension() {
    return extension;
  }

  /** The Content-Type stored with each output. */
  public String contentType() {
    return contentType;
  }

  /** Parses {@code jpeg}, {@code jpg} or {@code webp}, naming the bad value otherwise. */
  public static OutputFormat parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "jpeg", "jpg" -> JPEG;
      case "webp" -> WEBP;
      default ->
          throw new IllegalArgumentException(
              "Unknown thumbnail format '" + value + "'; expected jpeg or webp");
    };
  }
}
