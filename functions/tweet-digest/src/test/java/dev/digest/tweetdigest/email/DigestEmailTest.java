package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigestEmailTest {
  private static final String HOSTILE =
      "<script>alert('x')</script> nice \"><img src=x onerror=alert(1)> & more";

  private final DigestEmail renderer = new DigestEmail();
  private final Digest digest =
      Digests.realistic(n -> "https://cdn.example.com/shot-" + n + ".png");
  private final RenderedEmail email = renderer.render(digest);

  @Test
  void subject_week48_namesWeekAndDays() {
    assertThat(email.subject()).isEqualTo("AI digest, week 48 of 2026 (23–29 Nov)");
  }

  @Test
  void subject_withNotices_isTheSameAsWithout() {
    Digest quiet =
        new Digest(
            digest.week(),
            digest.from(),
            digest.to(),
            digest.generatedAt(),
            digest.sections(),
            List.of());

    assertThat(renderer.render(quiet).subject()).isEqualTo(email.subject());
  }

  @Test
  void subject_periodAcrossMonths_namesBothMonths() {
    Digest d =
        new Digest(
            "2026-W49",
            java.time.Instant.parse("2026-11-30T00:00:00Z"),
            java.time.Instant.parse("2026-12-06T23:59:59Z"),
            Digests.GENERATED,
            List.of(),
            List.of());

    assertThat(renderer.subject(d)).isEqualTo("AI digest, week 49 of 2026 (30 Nov–6 Dec)");
  }

  @Test
  void html_realisticDigest_hasEveryCategoryCountAndPostLink() {
    for (Digest.Section section : digest.sections()) {
      assertThat(email.html()).contains(Html.escape(section.category()));
      assertThat(email.html()).contains(section.postCount() + " posts");
      for (Digest.TopPost top : section.topPosts()) {
        assertThat(HtmlChecks.attributes(email.html(), "a", "href")).contains(top.post().url());
        assertThat(email.html()).contains("@" + top.post().username());
      }
    }
    assertThat(email.html()).contains("Models &amp; releases");
  }

  @Test
  void html_sentimentMix_showsBarAndCounts() {
    assertThat(email.html()).contains("5 positive").contains("3 neutral").contains("2 negative");
    assertThat(email.html()).contains("title=\"5 positive\"").contains("title=\"2 negative\"");
  }

  @Test
  void html_extractiveSummaryAndOfflinePost_areMarked() {
    assertThat(count(email.html(), Wording.EXTRACTIVE_NOTE)).isEqualTo(1);
    long offline =
        digest.sections().stream()
            .flatMap(s -> s.topPosts().stream())
            .filter(Wording::offline)
            .count();
    assertThat(offline).isPositive();
    assertThat(count(email.html(), "title=\"" + Wording.OFFLINE_NOTE + "\"")).isEqualTo(offline);
  }

  @Test
  void html_screenshots_shownOnlyWhenPresentWithAltText() {
    List<String> srcs = HtmlChecks.attributes(email.html(), "img", "src");
    long withShot =
        digest.sections().stream()
            .flatMap(s -> s.topPosts().stream())
            .filter(t -> t.screenshotUrl() != null)
            .count();
    assertThat(srcs).hasSize((int) withShot).hasSize(14);
    assertThat(HtmlChecks.attributes(email.html(), "img", "alt"))
        .hasSize(14)
        .allMatch(alt -> alt.startsWith("Screenshot of the post by @"));
  }

  @Test
  void html_notices_appearInCalloutBeforeFirstCard() {
    int notice = email.html().indexOf("@slowaccount skipped");
    assertThat(notice).isPositive().isLessThan(email.html().indexOf("Models &amp; releases"));
    assertThat(email.html()).contains("This digest is incomplete");
  }

  @Test
  void html_hostilePostAndSummary_areEscaped() {
    Post post = Digests.post("42", "attacker", HOSTILE, 5);
    String html = renderer.render(Digests.single(post, HOSTILE, null)).html();

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img src=x");
    assertThat(html).contains("&lt;script&gt;").contains("&quot;&gt;&lt;img src=x onerror=");
    assertThat(HtmlChecks.tags(html)).noneMatch(t -> t[0].equals("img"));
    assertNoActiveContent(html);
  }

  @Test
  void html_javascriptUrls_areNeverLinkedOrLoaded() {
    Post post =
        new Post(
            "7",
            "u",
            "evil",
            "hi",
            Digests.FROM,
            "javascript:alert(1)",
            null,
            false,
            false,
            List.of());
    String html =
        renderer.render(Digests.single(post, "s", "javascript:alert(2)\" onload=\"x")).html();

    assertThat(html).doesNotContain("javascript:");
    assertThat(HtmlChecks.attributes(html, "a", "href")).contains("https://x.com/evil/status/7");
    assertThat(HtmlChecks.tags(html)).noneMatch(t -> t[0].equals("img"));
  }

  @Test
  void html_anyDigest_hasNoScriptsStylesFormsOrExternalCss() {
    assertNoActiveContent(email.html());
    assertThat(email.html())
        .doesNotContainIgnoringCase("<style")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<form")
        .doesNotContainIgnoringCase("<input")
        .doesNotContainIgnoringCase("@import");
  }

  @Test
  void html_layout_isTablesAtMost600PxWideWithSystemFonts() {
    assertThat(HtmlChecks.tags(email.html())).anyMatch(t -> t[0].equals("table"));
    for (String width : HtmlChecks.attributes(email.html(), "table", "width")) {
      assertThat(width.endsWith("%") || Integer.parseInt(width) <= 600).as(width).isTrue();
    }
    for (String width : HtmlChecks.attributes(email.html(), "img", "width")) {
      assertThat(Integer.parseInt(width)).isLessThanOrEqualTo(600);
    }
    Matcher px = Pattern.compile("(?:max-)?width:(\\d+)px").matcher(email.html());
    while (px.find()) {
      assertThat(Integer.parseInt(px.group(1))).isLessThanOrEqualTo(600);
    }
    assertThat(email.html()).contains("max-width:600px").contains("-apple-system");
  }

  @Test
  void text_realisticDigest_hasTheSameContent() {
    String text = email.text();
    assertThat(text).startsWith(email.subject());
    assertThat(text).contains("@slowaccount skipped").contains(Wording.EXTRACTIVE_NOTE);
    for (Digest.Section section : digest.sections()) {
      assertThat(text).contains(section.category().toUpperCase(java.util.Locale.ROOT));
      assertThat(text).contains(section.summary());
      assertThat(text).contains(section.postCount() + " posts");
      for (Digest.TopPost top : section.topPosts()) {
        assertThat(text).contains(top.post().url()).contains("@" + top.post().username());
        if (top.screenshotUrl() != null) {
          assertThat(text).contains(top.screenshotUrl());
        }
      }
    }
    assertThat(text).doesNotContain("<").doesNotContain("&amp;");
  }

  @Test
  void text_hostilePost_isKeptVerbatimAsText() {
    Post post = Digests.post("42", "attacker", HOSTILE, 5);

    assertThat(renderer.render(Digests.single(post, "s", null)).text()).contains(HOSTILE);
  }

  @Test
  void excerpt_longPost_isCutAtAWordWithEllipsis() {
    String excerpt = Excerpt.of("word ".repeat(100));

    assertThat(excerpt).endsWith("word…");
    assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpt.MAX_CODE_POINTS + 1);
  }

  private static void assertNoActiveContent(String html) {
    for (String[] tag : HtmlChecks.tags(html)) {
      assertThat(tag[0]).isNotIn("script", "style", "form", "iframe", "object", "embed", "link");
      assertThat(tag[1]).as("<%s%s>", tag[0], tag[1]).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
    }
  }

  private static long count(String haystack, String needle) {
    return Pattern.compile(Pattern.quote(needle)).matcher(haystack).results().count();
  }
}
