package dev.digest.tweetdigest.email;

import static dev.digest.tweetdigest.email.Html.escape;

import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;

/**
 * The HTML body, hand-written for mail clients: nested tables, inline styles only, 600 px wide, no
 * scripts, and every piece of post or summary text escaped.
 */
final class DigestHtml {
  /** The content width; mail clients show wider messages badly. */
  static final int WIDTH = 600;

  private static final int INNER = WIDTH - 2 * 24;
  private static final String FONT =
      "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
  private static final String TEXT = FONT + "color:#1f2328;font-size:15px;line-height:22px;";
  private static final String MUTED = FONT + "color:#59636e;font-size:13px;line-height:19px;";
  private static final String POSITIVE = "#2da44e";
  private static final String NEUTRAL = "#afb8c1";
  private static final String NEGATIVE = "#cf222e";

  private final Digest digest;
  private final String heading;
  private final StringBuilder out = new StringBuilder(16_384);

  DigestHtml(Digest digest, String heading) {
    this.digest = digest;
    this.heading = heading;
  }

  String render() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(heading))
        .append("</title></head>\n")
        .append("<body style=\"margin:0;padding:0;background-color:#f6f8fa;\">\n")
        .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(" border=\"0\" style=\"background-color:#f6f8fa;\"><tr><td align=\"center\"")
        .append(" style=\"padding:16px 8px;\">\n")
        .append("<table role=\"presentation\" width=\"")
        .append(WIDTH)
        .append("\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:")
        .append(WIDTH)
        .append("px;\">\n");
    header();
    notices();
    if (digest.sections().isEmpty()) {
      row("<p style=\"" + TEXT + "margin:0;\">No posts this week.</p>");
    }
    digest.sections().forEach(this::card);
    row(
        "<p style=\""
            + MUTED
            + "margin:0;text-align:center;\">Generated "
            + escape(digest.generatedAt().toString())
            + "</p>");
    out.append("</table>\n</td></tr></table>\n</body></html>\n");
    return out.toString();
  }

  private void header() {
    row(
        "<h1 style=\""
            + FONT
            + "color:#1f2328;font-size:22px;line-height:28px;margin:0 0 4px 0;\">"
            + escape(heading)
            + "</h1>");
  }

  private void notices() {
    if (digest.notices().isEmpty()) {
      return;
    }
    StringBuilder items = new StringBuilder();
    for (String notice : digest.notices()) {
      items.append("<li style=\"margin:0 0 4px 0;\">").append(escape(notice)).append("</li>");
    }
    row(
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\""
            + " border=\"0\"><tr><td style=\"background-color:#fff8c5;border:1px solid #d4a72c;"
            + "border-left:4px solid #d4a72c;padding:12px 16px;"
            + TEXT
            + "\"><strong>This digest is incomplete:</strong>"
            + "<ul style=\"margin:8px 0 0 0;padding:0 0 0 20px;\">"
            + items
            + "</ul></td></tr></table>");
  }

  private void card(Digest.Section section) {
    StringBuilder card = new StringBuilder(4096);
    card.append(
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\""
                + " border=\"0\" style=\"background-color:#ffffff;border:1px solid #d0d7de;"
                + "border-radius:6px;\"><tr><td style=\"padding:20px 24px;\">")
        .append("<h2 style=\"")
        .append(FONT)
        .append("color:#1f2328;font-size:18px;line-height:24px;margin:0;\">")
        .append(escape(section.category()))
        .append("</h2>")
        .append("<p style=\"")
        .append(MUTED)
        .append("margin:2px 0 10px 0;\">")
        .append(escape(Wording.posts(section.postCount())))
        .append("</p>");
    sentimentBar(card, section.sentiment());
    if (Wording.extractive(section)) {
      card.append("<p style=\"")
          .append(MUTED)
          .append("margin:12px 0 0 0;font-style:italic;\">")
          .append(escape(Wording.EXTRACTIVE_NOTE))
          .append("</p>");
    }
    card.append("<p style=\"")
        .append(TEXT)
        .append("margin:8px 0 0 0;\">")
        .append(escape(section.summary()))
        .append("</p>");
    for (Digest.TopPost top : section.topPosts()) {
      post(card, top);
    }
    card.append("</td></tr></table>");
    row(card.toString());
  }

  private void sentimentBar(StringBuilder card, Digest.SentimentMix mix) {
    int total = mix.positive() + mix.neutral() + mix.negative();
    if (total > 0) {
      card.append(
          "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\""
              + " border=\"0\" style=\"border-radius:3px;\"><tr>");
      segment(card, mix.positive(), total, POSITIVE, "positive");
      segment(card, mix.neutral(), total, NEUTRAL, "neutral");
      segment(card, mix.negative(), total, NEGATIVE, "negative");
      card.append("</tr></table>");
    }
    card.append("<p style=\"")
        .append(MUTED)
        .append("margin:4px 0 0 0;\">")
        .append("<span style=\"color:")
        .append(POSITIVE)
        .append(";\">&#9679;</span> ")
        .append(mix.positive())
        .append(" positive &nbsp;<span style=\"color:")
        .append(NEUTRAL)
        .append(";\">&#9679;</span> ")
        .append(mix.neutral())
        .append(" neutral &nbsp;<span style=\"color:")
        .append(NEGATIVE)
        .append(";\">&#9679;</span> ")
        .append(mix.negative())
        .append(" negative</p>");
  }

  private static void segment(StringBuilder card, int n, int total, String color, String name) {
    if (n == 0) {
      return;
    }
    int percent = Math.max(1, Math.round(100f * n / total));
    card.append("<td width=\"")
        .append(percent)
        .append("%\" height=\"8\" title=\"")
        .append(n)
        .append(' ')
        .append(name)
        .append("\" style=\"height:8px;line-height:8px;font-size:1px;background-color:")
        .append(color)
        .append(";\">&nbsp;</td>");
  }

  private void post(StringBuilder card, Digest.TopPost top) {
    Post post = top.post();
    String link = Wording.link(post);
    String author = "@" + post.username();
    card.append(
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\""
                + " border=\"0\" style=\"margin-top:16px;border-top:1px solid #eaeef2;\">"
                + "<tr><td style=\"padding-top:12px;\">")
        .append("<p style=\"")
        .append(TEXT)
        .append("margin:0;\"><strong>");
    if (link != null) {
      card.append("<a href=\"")
          .append(escape(link))
          .append("\" style=\"color:#0969da;text-decoration:none;\">")
          .append(escape(author))
          .append("</a>");
    } else {
      card.append(escape(author));
    }
    card.append("</strong>");
    if (Wording.offline(top)) {
      card.append(" <span title=\"")
          .append(escape(Wording.OFFLINE_NOTE))
          .append("\" style=\"")
          .append(FONT)
          .append(
              "font-size:11px;line-height:16px;color:#59636e;border:1px solid #d0d7de;"
                  + "border-radius:8px;padding:0 6px;\">offline</span>");
    }
    card.append("</p><p style=\"")
        .append(TEXT)
        .append("margin:4px 0 0 0;\">")
        .append(escape(Excerpt.of(post.text())))
        .append("</p>");
    String shot = Html.safeUrl(top.screenshotUrl());
    if (shot != null) {
      String img =
          "<img src=\""
              + escape(shot)
              + "\" width=\""
              + INNER
              + "\" alt=\""
              + escape("Screenshot of the post by " + author)
              + "\" style=\"display:block;width:100%;max-width:"
              + INNER
              + "px;height:auto;border:1px solid #d0d7de;border-radius:6px;margin-top:8px;\">";
      card.append(link == null ? img : "<a href=\"" + escape(link) + "\">" + img + "</a>");
    }
    card.append("<p style=\"")
        .append(MUTED)
        .append("margin:6px 0 0 0;\">")
        .append(escape(Wording.counters(post.metrics())))
        .append(" · ")
        .append(escape(top.sentiment()));
    if (link != null) {
      card.append(" · <a href=\"")
          .append(escape(link))
          .append("\" style=\"color:#0969da;\">View post</a>");
    }
    card.append("</p></td></tr></table>");
  }

  private void row(String content) {
    out.append("<tr><td style=\"padding:0 0 16px 0;\">").append(content).append("</td></tr>\n");
  }
}
