package dev.digest.tweetdigest.email;

import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Digests for the email tests, built from the model records as the pipeline would build them. */
final class Digests {
  static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
  static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
  static final Instant GENERATED = Instant.parse("2026-11-30T06:00:00Z");
  static final List<String> CATEGORIES =
      List.of("Models & releases", "Research", "Tools", "Policy", "Industry");

  private Digests() {}

  static Post post(String id, String username, String text, long likes) {
    return new Post(
        id,
        "u-" + username,
        username,
        text,
        FROM.plusSeconds(3600L * Long.parseLong(id) % 500_000),
        Post.urlOf(username, id),
        new PostMetrics(likes, likes / 10, likes / 20, likes / 50),
        false,
        false,
        List.of());
  }

  /**
   * Five categories of three posts each; every post but the first of {@code Tools} has a screenshot
   * from {@code screenshot.apply(n)} when that is not null.
   */
  static Digest realistic(IntFunction<String> screenshot) {
    List<Digest.Section> sections = new ArrayList<>();
    int n = 0;
    for (int c = 0; c < CATEGORIES.size(); c++) {
      String category = CATEGORIES.get(c);
      List<Digest.TopPost> top = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        n++;
        String id = String.valueOf(1_900_000_000_000_000_000L + n);
        Post post =
            post(
                id,
                "author" + n,
                "Post "
                    + n
                    + " about "
                    + category
                    + ": a new result worth reading, with numbers "
                    + "and a link to the paper. Thread below.",
                1000L - n * 37);
        String shot =
            screenshot == null || (category.equals("Tools") && p == 0) ? null : screenshot.apply(n);
        top.add(
            new Digest.TopPost(
                post, p == 1 ? "negative" : "positive", n % 4 == 0 ? "offline" : "llm", shot));
      }
      sections.add(
          new Digest.Section(
              category,
              "This week in " + category + ": three threads stood out. Summary sentence two.",
              c == 2 ? "extractive" : "llm",
              10 + c,
              new Digest.SentimentMix(5 + c, 3, 2),
              top));
    }
    return new Digest(
        "2026-W48",
        FROM,
        TO,
        GENERATED,
        sections,
        List.of("Rate limited: @slowaccount skipped, its reset was past the time budget."));
  }

  /** One section whose only post is the given one. */
  static Digest single(Post post, String summary, String screenshot) {
    return new Digest(
        "2026-W48",
        FROM,
        TO,
        GENERATED,
        List.of(
            new Digest.Section(
                "Research",
                summary,
                "llm",
                1,
                new Digest.SentimentMix(1, 0, 0),
                List.of(new Digest.TopPost(post, "positive", "llm", screenshot)))),
        List.of());
  }
}
