package dev.digest.tweetdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.tweetdigest.Summariser;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Digest.Section;
import dev.digest.tweetdigest.model.Digest.SentimentMix;
import dev.digest.tweetdigest.model.Digest.TopPost;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Builds digests from realistic posts with a fake summariser, checking order, ranking and notices.
 */
class DigestBuilderTest {
  private static final String RELEASES = "New AI model releases";
  private static final String RESEARCH = "Breakthrough research findings";
  private static final String ETHICS = "Ethical discussions and regulations";
  private static final String TOOLS = "Tools and resources";
  private static final List<String> ORDER = List.of(RELEASES, RESEARCH, ETHICS, TOOLS);
  private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-30T00:05:12Z");

  private final List<String> summarised = new ArrayList<>();
  private final Summariser llm =
      (category, posts) -> {
        summarised.add(category + ":" + posts.size());
        return new Summariser.Summary(category + " had " + posts.size() + " posts.", "llm");
      };

  @Test
  void build_mixedWeek_sectionsFollowConfiguredOrderAndSkipEmptyCategories() {
    List<Categorised> posts =
        List.of(
            cat(post("1862000000000000004", "huggingface", 900, 40, "2026-11-26T10:00:00Z"), TOOLS),
            cat(
                post("1862000000000000001", "MistralAI", 5400, 1200, "2026-11-24T08:00:00Z"),
                RELEASES),
            cat(
                post("1862000000000000002", "jeffdean", 3100, 640, "2026-11-25T14:30:00Z"),
                RESEARCH));

    Digest digest = builder().build(FROM, TO, NOW, posts, Map.of(), List.of());

    assertThat(digest.sections())
        .extracting(Section::category)
        .containsExactly(RELEASES, RESEARCH, TOOLS);
    assertThat(summarised).containsExactly(RELEASES + ":1", RESEARCH + ":1", TOOLS + ":1");
    assertThat(digest.week()).isEqualTo("2026-W48");
    assertThat(digest.from()).isEqualTo(FROM);
    assertThat(digest.to()).isEqualTo(TO);
    assertThat(digest.generatedAt()).isEqualTo(NOW);
  }

  @Test
  void build_section_carriesSummaryCountAndSentimentMix() {
    List<Categorised> posts =
        List.of(
            cat(
                post("1862000000000000011", "EU_Commission", 1800, 900, "2026-11-24T09:00:00Z"),
                ETHICS),
            cat(
                post("1862000000000000012", "mmitchell_ai", 700, 90, "2026-11-25T09:00:00Z"),
                ETHICS),
            cat(
                post("1862000000000000013", "AndrewYNg", 2500, 300, "2026-11-26T09:00:00Z"),
                ETHICS));
    Map<String, SentimentResult> sentiments =
        Map.of(
            "1862000000000000011", model("neutral"),
            "1862000000000000012", model("negative"),
            "1862000000000000013", model("positive"));

    Section section =
        builder().build(FROM, TO, NOW, posts, sentiments, List.of()).sections().get(0);

    assertThat(section.summary()).isEqualTo(ETHICS + " had 3 posts.");
    assertThat(section.summarySource()).isEqualTo("llm");
    assertThat(section.postCount()).isEqualTo(3);
    assertThat(section.sentiment()).isEqualTo(new SentimentMix(1, 1, 1));
  }

  @Test
  void build_manyPosts_keepsTopThreeByEngagementThenNewestThenId() {
    List<Categorised> posts =
        List.of(
            cat(post("1862000000000000021", "a", 100, 0, "2026-11-24T09:00:00Z"), RELEASES),
            cat(post("1862000000000000022", "b", 5000, 10, "2026-11-24T09:00:00Z"), RELEASES),
            // same engagement as 22 (likes + 2 * (reposts + quotes) + replies), but newer
            cat(post("1862000000000000023", "c", 5000, 10, "2026-11-27T09:00:00Z"), RELEASES),
            // same engagement and time as 22; 22 wins on id
            cat(post("1862000000000000024", "d", 5000, 10, "2026-11-24T09:00:00Z"), RELEASES),
            cat(post("1862000000000000025", "e", 20, 1, "2026-11-29T09:00:00Z"), RELEASES));

    Section section = builder().build(FROM, TO, NOW, posts, Map.of(), List.of()).sections().get(0);

    assertThat(section.postCount()).isEqualTo(5);
    assertThat(section.topPosts())
        .extracting(t -> t.post().id())
        .containsExactly("1862000000000000023", "1862000000000000022", "1862000000000000024");
  }

  @Test
  void build_topPostsPerCategoryOne_keepsOnlyTheBest() {
    List<Categorised> posts =
        List.of(
            cat(post("1862000000000000031", "a", 10, 0, "2026-11-24T09:00:00Z"), TOOLS),
            cat(post("1862000000000000032", "b", 90, 0, "2026-11-24T09:00:00Z"), TOOLS));

    Section section =
        new DigestBuilder(ORDER, llm, 1)
            .build(FROM, TO, NOW, posts, Map.of(), List.of())
            .sections()
            .get(0);

    assertThat(section.topPosts())
        .extracting(t -> t.post().id())
        .containsExactly("1862000000000000032");
  }

  @Test
  void build_topPost_carriesSentimentCategorySourceAndNoScreenshot() {
    Post post = post("1862000000000000041", "OpenAI", 8000, 2000, "2026-11-25T17:00:00Z");
    List<Categorised> posts = List.of(new Categorised(post, RELEASES, Categorised.OFFLINE));

    TopPost top =
        builder()
            .build(FROM, TO, NOW, posts, Map.of(post.id(), model("positive")), List.of())
            .sections()
            .get(0)
            .topPosts()
            .get(0);

    assertThat(top).isEqualTo(new TopPost(post, "positive", Categorised.OFFLINE, null));
  }

  @Test
  void build_everythingFromTheModels_keepsIncomingNoticesOnly() {
    Post post = post("1862000000000000051", "OpenAI", 8000, 2000, "2026-11-25T17:00:00Z");

    Digest digest =
        builder()
            .build(
                FROM,
                TO,
                NOW,
                List.of(cat(post, RELEASES)),
                Map.of(post.id(), model("positive")),
                List.of("@sama was skipped: rate limit resets after the time budget"));

    assertThat(digest.notices())
        .containsExactly("@sama was skipped: rate limit resets after the time budget");
  }

  @Test
  void build_degradedStages_addsANoticePerDegradationAfterIncomingOnes() {
    Post a = post("1862000000000000061", "MistralAI", 5400, 1200, "2026-11-24T08:00:00Z");
    Post b = post("1862000000000000062", "jeffdean", 3100, 640, "2026-11-25T14:30:00Z");
    Post c = post("1862000000000000063", "huggingface", 900, 40, "2026-11-26T10:00:00Z");
    List<Categorised> posts =
        List.of(
            new Categorised(a, RELEASES, Categorised.OFFLINE),
            new Categorised(b, RESEARCH, Categorised.OFFLINE),
            new Categorised(c, TOOLS, Categorised.LLM));
    Map<String, SentimentResult> sentiments =
        Map.of(
            a.id(), new SentimentResult("positive", 0.6, SentimentResult.LEXICON),
            b.id(), new SentimentResult("neutral", 0.9, SentimentResult.LEXICON),
            c.id(), model("positive"));
    Summariser partly =
        (category, p) ->
            new Summariser.Summary("Summary.", category.equals(TOOLS) ? "llm" : "extractive");

    Digest digest =
        new DigestBuilder(ORDER, partly)
            .build(FROM, TO, NOW, posts, sentiments, List.of("Fetched from posts.json"));

    assertThat(digest.notices())
        .containsExactly(
            "Fetched from posts.json",
            "2 of 3 posts were categorised offline",
            "2 posts were scored by the lexicon",
            "2 of 3 category summaries were extracted from the posts, not written by the LLM");
    assertThat(digest.sections())
        .extracting(Section::summarySource)
        .containsExactly("extractive", "extractive", "llm");
  }

  @Test
  void build_missingSentiment_countsNeutralAndSaysSo() {
    Post post = post("1862000000000000071", "OpenAI", 8000, 2000, "2026-11-25T17:00:00Z");

    Digest digest =
        builder().build(FROM, TO, NOW, List.of(cat(post, RELEASES)), Map.of(), List.of());

    assertThat(digest.sections().get(0).sentiment()).isEqualTo(new SentimentMix(0, 1, 0));
    assertThat(digest.sections().get(0).topPosts().get(0).sentiment()).isEqualTo("neutral");
    assertThat(digest.notices())
        .containsExactly("1 post has no sentiment score and counted as neutral");
  }

  @Test
  void build_unconfiguredCategory_isKeptAfterConfiguredOnes() {
    List<Categorised> posts =
        List.of(
            cat(post("1862000000000000081", "a", 10, 0, "2026-11-24T09:00:00Z"), "Robotics"),
            cat(post("1862000000000000082", "b", 10, 0, "2026-11-24T09:00:00Z"), TOOLS));

    Digest digest = builder().build(FROM, TO, NOW, posts, Map.of(), List.of());

    assertThat(digest.sections()).extracting(Section::category).containsExactly(TOOLS, "Robotics");
  }

  @Test
  void build_noPosts_hasNoSectionsAndCallsNoSummariser() {
    Digest digest = builder().build(FROM, TO, NOW, List.of(), Map.of(), List.of());

    assertThat(digest.sections()).isEmpty();
    assertThat(digest.notices()).isEmpty();
    assertThat(summarised).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-30T00:00:00Z, 2026-W48",
    "2026-11-29T23:59:59Z, 2026-W48",
    "2026-11-30T00:00:00.000000001Z, 2026-W49",
    "2027-01-04T00:00:00Z, 2026-W53",
    "2026-01-05T00:00:00Z, 2026-W01",
    "2025-12-31T12:00:00Z, 2026-W01"
  })
  void label_periodEnd_isIsoWeekOfLastInstant(String to, String week) {
    assertThat(WeekOf.label(Instant.parse(to))).isEqualTo(week);
  }

  private DigestBuilder builder() {
    return new DigestBuilder(ORDER, llm);
  }

  private static Categorised cat(Post post, String category) {
    return new Categorised(post, category, Categorised.LLM);
  }

  private static SentimentResult model(String sentiment) {
    return new SentimentResult(sentiment, 0.9, SentimentResult.MODEL);
  }

  private static Post post(String id, String username, long likes, long reposts, String createdAt) {
    return new Post(
        id,
        "42" + id,
        username,
        "Post " + id + " by @" + username + " about this week's AI news.",
        Instant.parse(createdAt),
        Post.urlOf(username, id),
        new PostMetrics(likes, reposts, likes / 20, reposts / 10),
        false,
        false,
        List.of());
  }
}
