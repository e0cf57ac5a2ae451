package dev.digest.tweetdigest.email;

import java.net.URI;
import java.util.Locale;

/** Escapes text for HTML bodies and attributes, so no post or summary can inject markup. */
final class Html {
  private Html() {}

  /** Escapes the five characters that matter in text and in double- or single-quoted attributes. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the URL if it is an absolute http or https URL, else null, so a {@code javascript:} or
   * {@code data:} URL never reaches an {@code href} or {@code src}.
   */
  static String safeUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("https") || lower.equals("http") ? uri.toString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
