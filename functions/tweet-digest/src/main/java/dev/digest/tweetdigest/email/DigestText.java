package dev.digest.tweetdigest.email;

import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;

/** The plain-text alternative, with the same content as the HTML, for clients that show text. */
final class DigestText {
  private static final String RULE = "-".repeat(60);

  private final Digest digest;
  private final String heading;
  private final StringBuilder out = new StringBuilder(4096);

  DigestText(Digest digest, String heading) {
    this.digest = digest;
    this.heading = heading;
  }

  String render() {
    line(heading);
    line("=".repeat(Math.min(heading.length(), 60)));
    if (!digest.notices().isEmpty()) {
      line("");
      line("Notes on this digest:");
      digest.notices().forEach(n -> line("  ! " + flat(n)));
    }
    if (digest.sections().isEmpty()) {
      line("");
      line("No posts this week.");
    }
    digest.sections().forEach(this::section);
    line("");
    line(RULE);
    line("Generated " + digest.generatedAt() + ".");
    return out.toString();
  }

  private void section(Digest.Section section) {
    line("");
    line(RULE);
    line(
        section.category().toUpperCase(java.util.Locale.ROOT)
            + " ("
            + Wording.posts(section.postCount())
            + ")");
    line("Sentiment: " + Wording.mix(section.sentiment()));
    line("");
    if (Wording.extractive(section)) {
      line("[" + Wording.EXTRACTIVE_NOTE + "]");
    }
    line(flat(section.summary()));
    if (!section.topPosts().isEmpty()) {
      line("");
      line("Top posts:");
    }
    for (Digest.TopPost top : section.topPosts()) {
      Post post = top.post();
      line("");
      line(
          "* @"
              + post.username()
              + (Wording.offline(top) ? " [" + Wording.OFFLINE_NOTE + "]" : "")
              + ": "
              + Excerpt.of(post.text()));
      line("  " + Wording.counters(post.metrics()) + " · " + top.sentiment());
      String link = Wording.link(post);
      if (link != null) {
        line("  " + link);
      }
      String shot = Html.safeUrl(top.screenshotUrl());
      if (shot != null) {
        line("  Screenshot: " + shot);
      }
    }
  }

  private static String flat(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
