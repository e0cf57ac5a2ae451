package dev.digest.shared.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 4,200 human-rated tweets of the VADER paper, read from the test resources. */
record Tweets(List<Tweet> all) {
  /** One tweet with the mean of its human ratings, from -4 to +4. */
  record Tweet(String id, double rating, String text) {
    /** The README's convention: above 0.05 positive, below -0.05 negative, else neutral. */
    Sentiment truth() {
      return rating > 0.05
          ? Sentiment.POSITIVE
          : rating < -0.05 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }
  }

  static Tweets load() {
    List<Tweet> tweets = new ArrayList<>();
    for (String line : lines("tweets_GroundTruth.txt")) {
      String[] f = line.split("\t", 3);
      tweets.add(new Tweet(f[0], Double.parseDouble(f[1]), f[2]));
    }
    return new Tweets(List.copyOf(tweets));
  }

  /** The non-empty lines of a test resource of this package, line ends stripped. */
  static List<String> lines(String name) {
    InputStream in = Tweets.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing test resource " + name);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
