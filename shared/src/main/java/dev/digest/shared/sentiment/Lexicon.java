package dev.digest.shared.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VADER's word valences and emoji descriptions, read from the bundled resources once per JVM so
 * every analysis shares one immutable copy.
 */
final class Lexicon {
  private static final String VALENCES = "vader_lexicon.txt";
  private static final String EMOJIS = "emoji_utf8_lexicon.txt";

  private final Map<String, Double> valences;
  private final Map<Integer, String> emojis;

  private Lexicon(Map<String, Double> valences, Map<Integer, String> emojis) {
    this.valences = Map.copyOf(valences);
    this.emojis = Map.copyOf(emojis);
  }

  /** The bundled lexicon, loaded on first use. */
  static Lexicon standard() {
    return Holder.STANDARD;
  }

  /** Whether the lower-cased token has a valence (the reference's {@code in self.lexicon}). */
  boolean contains(String lowerToken) {
    return valences.containsKey(lowerToken);
  }

  /** The mean human valence of a lower-cased token, from -4 to +4; 0 when it has none. */
  double valence(String lowerToken) {
    Double v = valences.get(lowerToken);
    return v == null ? 0 : v;
  }

  /** The description of a single-code-point emoji, or null; the reference matches no sequences. */
  String emoji(int codePoint) {
    return emojis.get(codePoint);
  }

  int size() {
    return valences.size();
  }

  private static Lexicon load() {
    Map<String, Double> valences = new HashMap<>();
    for (String[] fields : read(VALENCES)) {
      valences.put(fields[0], Double.parseDouble(fields[1]));
    }
    Map<Integer, String> emojis = new HashMap<>();
    for (String[] fields : read(EMOJIS)) {
      if (PythonText.length(fields[0]) == 1) {
        emojis.put(fields[0].codePointAt(0), fields[1]);
      }
    }
    return new Lexicon(valences, emojis);
  }

  /** The first two tab-separated fields of each non-empty line. */
  private static List<String[]> read(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing sentiment resource " + name);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.strip().split("\t", 3);
        if (fields.length >= 2) {
          rows.add(fields);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sentiment resource " + name, e);
    }
  }

  /** Loads lazily and once, thread-safely, by the class-initialisation guarantee. */
  private static final class Holder {
    static final Lexicon STANDARD = load();
  }
}
