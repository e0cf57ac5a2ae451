package dev.digest.tweetdigest.model;

import java.time.Instant;
import java.util.List;

/**
 * One week's digest, everything the email and the archive show, built once and rendered twice.
 *
 * @param week the ISO week, {@code 2026-W48}
 * @param from the start of the period the posts come from
 * @param to its end
 * @param generatedAt when the digest was built
 * @param sections one per category with posts, in the configured category order
 * @param notices what is partial or degraded: rate limits, fallbacks, missing accounts
 */
public record Digest(
    String week,
    Instant from,
    Instant to,
    Instant generatedAt,
    List<Section> sections,
    List<String> notices) {

  public Digest {
    sections = List.copyOf(sections);
    notices = List.copyOf(notices);
  }

  /**
   * One category's card.
   *
   * @param category the category name
   * @param summary 2-4 sentences
   * @param summarySource {@code llm} or {@code extractive}
   * @param postCount how many posts the category has
   * @param sentiment the mix of the category's posts
   * @param topPosts the best posts, most engaging first
   */
  public record Section(
      String category,
      String summary,
      String summarySource,
      int postCount,
      SentimentMix sentiment,
      List<TopPost> topPosts) {
    public Section {
      topPosts = List.copyOf(topPosts);
    }
  }

  /**
   * Counts of positive, neutral and negative posts.
   *
   * @param positive positive posts
   * @param neutral neutral posts
   * @param negative negative posts
   */
  public record SentimentMix(int positive, int neutral, int negative) {}

  /**
   * A post shown in a card.
   *
   * @param post the post
   * @param sentiment positive, neutral or negative
   * @param categorySource {@code llm} or {@code offline}
   * @param screenshotUrl a picture of the post when visual capture ran, else null
   */
  public record TopPost(Post post, String sentiment, String categorySource, String screenshotUrl) {}
}
