package dev.digest.shared.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} operations the reference relies on (whitespace, {@code isupper},
 * {@code strip(string.punctuation)}), so tokens and scores match it exactly.
 */
final class PythonText {
  /** Python's {@code string.punctuation}: the ASCII punctuation characters. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private PythonText() {}

  /** Python's {@code str.isspace} for one code point (differs from Java's at NBSP and U+0085). */
  static boolean isSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680 -> true;
      case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** Python's {@code str.strip()}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Python's {@code str.split()}: runs of whitespace separate, no empty parts. */
  static List<String> split(String s) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isSpace(cp)) {
        if (start >= 0) {
          parts.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      parts.add(s.substring(start));
    }
    return parts;
  }

  /** Python's {@code str.strip(string.punctuation)}. */
  static String stripPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && PUNCTUATION.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Python's {@code str.isupper}: at least one cased character and no lower or title case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      cased |= Character.isUpperCase(cp);
      i += Character.charCount(cp);
    }
    return cased;
  }

  /** Python's {@code str.lower}, locale-independent. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Python's {@code len}: code points, not UTF-16 units. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
