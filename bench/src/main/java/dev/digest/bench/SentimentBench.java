package dev.digest.bench;

import dev.digest.sentiment.Sentiment;
import dev.digest.sentiment.SentimentModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Classifies texts through the function's own {@link SentimentModel} (DJL's PyTorch engine, the
 * thread and cache settings of {@code ModelRuntime}), so scripts/bench can set its speed beside
 * PyTorch's in Python on the same model and texts.
 *
 * <p>Usage:
 *
 * <ul>
 *   <li>{@code SentimentBench throughput MODEL_DIR TEXTS_FILE BATCH PASSES [OUTPUTS]}: loads the
 *       model with {@code BATCH} texts per forward pass, classifies every line of {@code
 *       TEXTS_FILE} once per pass and prints {@code pass <n> <texts> <seconds>}; after pass 1
 *       writes {@code <label>\t<p0>\t<p1>...} per text to {@code OUTPUTS}, to check both sides
 *       agree. Before each pass it waits for a line on standard input, so that scripts/bench can
 *       take turns with the Python side under the same machine load; once standard input is at its
 *       end (as with {@code </dev/null}) the passes run back to back.
 *   <li>{@code SentimentBench first MODEL_DIR TEXT}: loads the model, classifies one text and
 *       prints {@code result <label> <confidence> load_ms <ms> classify_ms <ms>}, for a cold start
 *       timed from outside the JVM.
 * </ul>
 */
public final class SentimentBench {
  private SentimentBench() {}

  /** Runs one mode. */
  public static void main(String[] args) throws Exception {
    if (args.length >= 5 && args.length <= 6 && args[0].equals("throughput")) {
      throughput(
          Path.of(args[1]),
          Path.of(args[2]),
          Integer.parseInt(args[3]),
          Integer.parseInt(args[4]),
          args.length == 6 ? Path.of(args[5]) : null);
    } else if (args.length == 3 && args[0].equals("first")) {
      first(Path.of(args[1]), args[2]);
    } else {
      System.err.println(
          "usage: SentimentBench throughput MODEL_DIR TEXTS_FILE BATCH PASSES [OUTPUTS]\n"
              + "       SentimentBench first MODEL_DIR TEXT");
      System.exit(2);
    }
  }

  private static void throughput(Path dir, Path textsFile, int batch, int passes, Path outputs)
      throws Exception {
    List<String> texts = Files.readAllLines(textsFile, StandardCharsets.UTF_8);
    boolean stepped = true;
    long loadStart = System.nanoTime();
    try (SentimentModel model = SentimentModel.load(dir, batch)) {
      System.err.printf(
          Locale.ROOT,
          "DJL: loaded in %.0f ms, batch %d, %d texts%n",
          (System.nanoTime() - loadStart) / 1e6,
          batch,
          texts.size());
      for (int pass = 1; pass <= passes; pass++) {
        stepped = stepped && awaitTurn();
        long start = System.nanoTime();
        List<Sentiment> results = model.classify(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "pass %d %d %.4f%n", pass, texts.size(), seconds);
        System.out.flush();
        if (pass == 1 && outputs != null) {
          write(outputs, results);
        }
      }
    }
  }

  /** Reads one line of standard input; false at its end. */
  private static boolean awaitTurn() throws IOException {
    int c;
    while ((c = System.in.read()) != -1) {
      if (c == '\n') {
        return true;
      }
    }
    return false;
  }

  private static void first(Path dir, String text) throws Exception {
    long start = System.nanoTime();
    try (SentimentModel model = SentimentModel.load(dir, 1)) {
      long loaded = System.nanoTime();
      Sentiment result = model.classify(text);
      long done = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "result %s %.4f load_ms %.0f classify_ms %.0f%n",
          result.label(),
          result.confidence(),
          (loaded - start) / 1e6,
          (done - loaded) / 1e6);
      System.out.flush();
    }
  }

  private static void write(Path outputs, List<Sentiment> results) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(outputs, StandardCharsets.UTF_8)) {
      for (Sentiment s : results) {
        out.write(
            s.label()
                + "\t"
                + s.probabilities().stream()
                    .map(p -> String.format(Locale.ROOT, "%.9f", p))
                    .collect(Collectors.joining("\t"))
                + "\n");
      }
    }
  }
}
