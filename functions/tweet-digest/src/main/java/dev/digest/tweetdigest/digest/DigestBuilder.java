package dev.digest.tweetdigest.digest;

import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.tweetdigest.Summariser;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Digest.Section;
import dev.digest.tweetdigest.model.Digest.SentimentMix;
import dev.digest.tweetdigest.model.Digest.TopPost;
import dev.digest.tweetdigest.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns categorised, scored posts into the week's {@link Digest}, the one place that decides
 * section order, top posts and which degradations the reader is told about.
 *
 * <p>Sections follow the configured category order, empty categories are left out, and categories
 * the configuration does not name (which a categoriser should never return) follow in the order
 * first seen, so no post is silently dropped. Top posts rank by {@link
 * dev.digest.tweetdigest.model.PostMetrics#engagement()}, then newest, then id.
 */
public final class DigestBuilder {
  /** How many top posts a section shows unless configured otherwise. */
  public static final int DEFAULT_TOP_POSTS = 3;

  /** The summary source of the extractive fallback. */
  static final String EXTRACTIVE = "extractive";

  private static final String NEUTRAL = "neutral";

  private static final Comparator<Categorised> RANK =
      Comparator.<Categorised>comparingLong(c -> c.post().metrics().engagement())
          .reversed()
          .thenComparing(c -> c.post().createdAt(), Comparator.reverseOrder())
          .thenComparing(c -> c.post().id());

  private final List<String> categoryOrder;
  private final Summariser summariser;
  private final int topPostsPerCategory;

  /** A builder showing {@link #DEFAULT_TOP_POSTS} posts per section. */
  public DigestBuilder(List<String> categoryOrder, Summariser summariser) {
    this(categoryOrder, summariser, DEFAULT_TOP_POSTS);
  }

  /** A builder showing up to {@code topPostsPerCategory} posts per section (at least 1). */
  public DigestBuilder(List<String> categoryOrder, Summariser summariser, int topPostsPerCategory) {
    if (topPostsPerCategory < 1) {
      throw new IllegalArgumentException("topPostsPerCategory must be at least 1");
    }
    this.categoryOrder = List.copyOf(categoryOrder);
    this.summariser = Objects.requireNonNull(summariser, "summariser");
    this.topPostsPerCategory = topPostsPerCategory;
  }

  /**
   * The digest of one period.
   *
   * @param from the period's start
   * @param to its end, exclusive; names the week
   * @param generatedAt when the digest is built
   * @param posts every post with its category
   * @param sentiments each post's sentiment by post id; a missing one counts as neutral and is
   *     noted
   * @param notices what earlier stages reported, kept first and in order
   */
  public Digest build(
      Instant from,
      Instant to,
      Instant generatedAt,
      List<Categorised> posts,
      Map<String, SentimentResult> sentiments,
      List<String> notices) {
    List<Section> sections = new ArrayList<>();
    int extractive = 0;
    for (Map.Entry<String, List<Categorised>> category : byCategory(posts).entrySet()) {
      Section section = section(category.getKey(), category.getValue(), sentiments);
      if (EXTRACTIVE.equals(section.summarySource())) {
        extractive++;
      }
      sections.add(section);
    }
    List<String> all = new ArrayList<>(notices);
    all.addAll(degradations(posts, sentiments, extractive, sections.size()));
    return new Digest(WeekOf.label(to), from, to, generatedAt, sections, all);
  }

  private Map<String, List<Categorised>> byCategory(List<Categorised> posts) {
    Set<String> order = new LinkedHashSet<>(categoryOrder);
    posts.forEach(c -> order.add(c.category()));
    Map<String, List<Categorised>> grouped = new LinkedHashMap<>();
    order.forEach(name -> grouped.put(name, new ArrayList<>()));
    posts.forEach(c -> grouped.get(c.category()).add(c));
    grouped.values().removeIf(List::isEmpty);
    return grouped;
  }

  private Section section(
      String category, List<Categorised> posts, Map<String, SentimentResult> sentiments) {
    Summariser.Summary summary =
        summariser.summarise(category, posts.stream().map(Categorised::post).toList());
    int positive = 0;
    int negative = 0;
    for (Categorised c : posts) {
      switch (sentimentOf(c.post(), sentiments)) {
        case "positive" -> positive++;
        case "negative" -> negative++;
        default -> {
          // neutral, and anything unexpected, counts as neutral
        }
      }
    }
    SentimentMix mix = new SentimentMix(positive, posts.size() - positive - negative, negative);
    List<TopPost> top =
        posts.stream()
            .sorted(RANK)
            .limit(topPostsPerCategory)
            .map(c -> new TopPost(c.post(), sentimentOf(c.post(), sentiments), c.source(), null))
            .toList();
    return new Section(category, summary.text(), summary.source(), posts.size(), mix, top);
  }

  private static String sentimentOf(Post post, Map<String, SentimentResult> sentiments) {
    SentimentResult result = sentiments.get(post.id());
    if (result == null) {
      return NEUTRAL;
    }
    return switch (result.sentiment()) {
      case "positive", "negative" -> result.sentiment();
      default -> NEUTRAL;
    };
  }

  private static List<String> degradations(
      List<Categorised> posts,
      Map<String, SentimentResult> sentiments,
      int extractive,
      int sectionCount) {
    List<String> notices = new ArrayList<>();
    long offline = posts.stream().filter(c -> Categorised.OFFLINE.equals(c.source())).count();
    if (offline > 0) {
      notices.add(offline + " of " + posts.size() + " posts were categorised offline");
    }
    long lexicon =
        posts.stream()
            .map(c -> sentiments.get(c.post().id()))
            .filter(r -> r != null && SentimentResult.LEXICON.equals(r.source()))
            .count();
    if (lexicon > 0) {
      notices.add(
          lexicon + (lexicon == 1 ? " post was" : " posts were") + " scored by the lexicon");
    }
    long unscored = posts.stream().filter(c -> !sentiments.containsKey(c.post().id())).count();
    if (unscored > 0) {
      notices.add(
          unscored
              + (unscored == 1 ? " post has" : " posts have")
              + " no sentiment score and counted as neutral");
    }
    if (extractive > 0) {
      notices.add(
          extractive
              + " of "
              + sectionCount
              + " category summaries were extracted from the posts, not written by the LLM");
    }
    return notices;
  }
}
