package dev.digest.shared.sentiment;

import java.util.List;

/**
 * A text split the way the reference splits it (emoji spelled out, whitespace-separated, outer
 * punctuation stripped unless that leaves an emoticon), so the rules see the same words.
 *
 * @param text the text after emoji translation and stripping, used for punctuation emphasis
 * @param words the words as written, for the ALL CAPS rules
 * @param lower the words lower-cased, for every lookup
 * @param capsDiffer whether some but not all words are ALL CAPS, so shouting stands out
 */
record Tokens(String text, String[] words, String[] lower, boolean capsDiffer) {
  /** Tokenises a text with the given emoji descriptions. */
  static Tokens of(String raw, Lexicon lexicon) {
    String text = PythonText.strip(spellEmojis(raw, lexicon));
    List<String> parts = PythonText.split(text);
    String[] words = new String[parts.size()];
    String[] lower = new String[words.length];
    int shouted = 0;
    for (int i = 0; i < words.length; i++) {
      String part = parts.get(i);
      String stripped = PythonText.stripPunctuation(part);
      words[i] = PythonText.length(stripped) <= 2 ? part : stripped;
      lower[i] = PythonText.lower(words[i]);
      if (PythonText.isUpper(words[i])) {
        shouted++;
      }
    }
    return new Tokens(text, words, lower, shouted > 0 && shouted < words.length);
  }

  int size() {
    return words.length;
  }

  /** Replaces each emoji by its description, spaced from the text before it as the reference. */
  private static String spellEmojis(String raw, Lexicon lexicon) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    boolean afterSpace = true;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      String description = lexicon.emoji(cp);
      if (description != null) {
        if (!afterSpace) {
          out.append(' ');
        }
        out.append(description);
        afterSpace = false;
      } else {
        out.appendCodePoint(cp);
        afterSpace = cp == ' ';
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
