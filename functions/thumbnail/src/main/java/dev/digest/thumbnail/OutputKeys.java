package dev.digest.thumbnail;

/** Derives predictable output keys from upload keys, so reprocessing overwrites, never piles up. */
final class OutputKeys {
  private OutputKeys() {}

  /** The upload key without its upload prefix: {@code uploads/a/b.png} becomes {@code a/b.png}. */
  static String relativeKey(String key, String uploadPrefix) {
    return key.startsWith(uploadPrefix) ? key.substring(uploadPrefix.length()) : key;
  }

  /**
   * {@code thumbnails/<size>/<relative key with the output extension>}; the extension replaces the
   * last one of the file name, or is appended when it has none.
   */
  static String thumbnailKey(String size, String relativeKey, String extension) {
    int slash = relativeKey.lastIndexOf('/');
    int dot = relativeKey.lastIndexOf('.');
    String stem = dot > slash + 1 ? relativeKey.substring(0, dot) : relativeKey;
    return "thumbnails/" + size + "/" + stem + "." + extension;
  }
}
