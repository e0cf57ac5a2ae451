package dev.digest.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures load time and throughput at batch 1, 8 and 32 (docs/sentiment.md quotes the figures).
 * Run it from functions/sentiment after {@code ../../mvnw -B -q -o test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test} with {@code
 * $JAVA_HOME/bin/java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.digest.sentiment.SentimentBench [MODEL_DIR]}.
 */
public final class SentimentBench {

  private static final String[] WORDS = {
    "the", "movie", "was", "great", "awful", "service", "food", "really", "not", "bad", "love",
    "hate", "delivery", "slow", "app", "works", "never", "again", "best", "phone", "and", "but",
  };

  private SentimentBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : TinyModel.dir();
    List<String> texts = posts(512);

    long start = System.nanoTime();
    try (SentimentModel model = SentimentModel.load(dir)) {
      double loadMs = (System.nanoTime() - start) / 1e6;
      System.out.printf(Locale.ROOT, "load (engine + tokenizer + model): %.0f ms%n", loadMs);
      for (int batch : new int[] {1, 8, 32}) {
        run(model, texts, batch); // warm-up
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
          best = Math.min(best, run(model, texts, batch));
        }
        System.out.printf(
            Locale.ROOT,
            "batch %2d: %6.0f texts/s (%d texts of 8-30 words, best of 3)%n",
            batch,
            texts.size() / best,
            texts.size());
      }
    }
    long start2 = System.nanoTime();
    try (SentimentModel again = SentimentModel.load(dir)) {
      System.out.printf(
          Locale.ROOT,
          "second load in the same process: %.0f ms (%s)%n",
          (System.nanoTime() - start2) / 1e6,
          again.config().source());
    }
  }

  private static double run(SentimentModel model, List<String> texts, int batch) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i += batch) {
      model.classify(texts.subList(i, Math.min(texts.size(), i + batch)));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String> posts(int count) {
    Random random = new Random(42);
    List<String> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder post = new StringBuilder();
      int words = 8 + random.nextInt(23);
      for (int w = 0; w < words; w++) {
        post.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      posts.add(post.toString().strip());
    }
    return posts;
  }
}
