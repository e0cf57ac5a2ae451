package dev.digest.tweetdigest.email;

import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.text.NumberFormat;
import java.util.Locale;

/** The words both bodies share, so the HTML and the text part say the same thing. */
final class Wording {
  static final String EXTRACTIVE = "extractive";
  static final String EXTRACTIVE_NOTE = "Extractive summary: picked from the posts, not written";
  static final String OFFLINE_NOTE = "categorised offline";

  private Wording() {}

  static String count(long n, String one, String many) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + (n == 1 ? one : many);
  }

  /** {@code 12 posts}. */
  static String posts(int n) {
    return count(n, "post", "posts");
  }

  /** {@code 1,204 likes · 33 reposts · 12 replies · 4 quotes}. */
  static String counters(PostMetrics m) {
    return count(m.likes(), "like", "likes")
        + " · "
        + count(m.reposts(), "repost", "reposts")
        + " · "
        + count(m.replies(), "reply", "replies")
        + " · "
        + count(m.quotes(), "quote", "quotes");
  }

  /** {@code 5 positive · 3 neutral · 1 negative}. */
  static String mix(Digest.SentimentMix mix) {
    return mix.positive()
        + " positive · "
        + mix.neutral()
        + " neutral · "
        + mix.negative()
        + " negative";
  }

  static boolean extractive(Digest.Section section) {
    return EXTRACTIVE.equalsIgnoreCase(section.summarySource());
  }

  static boolean offline(Digest.TopPost top) {
    return Categorised.OFFLINE.equalsIgnoreCase(top.categorySource());
  }

  /** The post's link: its own URL when it is http(s), else the canonical one, else null. */
  static String link(Post post) {
    String url = Html.safeUrl(post.url());
    return url != null ? url : Html.safeUrl(Post.urlOf(post.username(), post.id()));
  }
}
