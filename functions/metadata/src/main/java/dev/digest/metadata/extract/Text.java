package dev.digest.metadata.extract;

/**
 * Cleans text read from files, because metadata text is often padded with spaces or NULs, may be
 * only whitespace, and can be as long as the file; the document should hold tidy, bounded text.
 */
final class Text {
  private Text() {}

  /**
   * Returns the text with control characters other than tabs and line breaks removed, trimmed and
   * cut to {@code maxLength} characters without splitting a surrogate pair, or null when nothing is
   * left.
   */
  static String clean(String raw, int maxLength) {
    if (raw == null) {
      return null;
    }
    // Never scan more than needed: a packet may hold megabytes of text for one field.
    int scanLimit = (int) Math.min(raw.length(), 4L * maxLength + 1024);
    StringBuilder out = new StringBuilder(Math.min(scanLimit, maxLength + 16));
    for (int i = 0; i < scanLimit; i++) {
      char c = raw.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    String text = out.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
      text = text.substring(0, end).strip();
    }
    return text.isEmpty() ? null : text;
  }
}
