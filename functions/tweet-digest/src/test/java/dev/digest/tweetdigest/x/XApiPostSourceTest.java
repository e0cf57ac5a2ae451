package dev.digest.tweetdigest.x;

import static dev.digest.tweetdigest.x.XApiStub.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import dev.digest.tweetdigest.x.XApiStub.Reply;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The X API source against a local stub, on a fake clock so waits are asserted, not waited. */
class XApiPostSourceTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private static final Instant SINCE = Instant.parse("2026-11-18T00:00:00Z");
  private static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(10));
  private static final String DEV = "/2/users/2244994945/tweets";
  private static final String X = "/2/users/783214/tweets";

  private XApiStub stub;
  private FakeTime time;

  @BeforeEach
  void setUp() throws IOException {
    stub = new XApiStub().user("XDevelopers", "2244994945").user("X", "783214");
    time = new FakeTime(NOW);
  }

  @AfterEach
  void tearDown() {
    stub.close();
  }

  private XApiPostSource source(boolean excludeRetweets, boolean excludeReplies, int concurrency) {
    XConfig config =
        new XConfig(stub.baseUrl(), excludeRetweets, excludeReplies, concurrency, 4, null, null);
    return new XApiPostSource(config, BearerToken.fixed("test-token"), time, time, () -> 1.0);
  }

  private XApiPostSource source() {
    return source(true, true, 4);
  }

  @Test
  void fetch_threePages_followsNextTokenAndMapsEveryField() {
    stub.on(
        DEV,
        Reply.ok(fixture("timeline-page1.json")),
        Reply.ok(fixture("timeline-page2.json")),
        Reply.ok(fixture("timeline-page3.json")));

    FetchResult result = source().fetch(List.of("@XDevelopers"), SINCE, DEADLINE);

    assertThat(result.notices()).isEmpty();
    assertThat(result.posts())
        .extracting(Post::id)
        .containsExactly(
            "1861122334455667788",
            "1860899887766554433",
            "1860500011122233344",
            "1860122233344455566",
            "1859800000000000001");
    Post first = result.posts().get(0);
    assertThat(first.username()).isEqualTo("XDevelopers");
    assertThat(first.authorId()).isEqualTo("2244994945");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-24T16:05:11Z"));
    assertThat(first.url()).isEqualTo("https://x.com/XDevelopers/status/1861122334455667788");
    assertThat(first.metrics()).isEqualTo(new PostMetrics(389, 41, 12, 7));
    assertThat(first.mediaUrls())
        .containsExactly("https://pbs.twimg.com/media/GdQx1aBWgAAs9kZ.jpg");
    assertThat(result.posts().get(1).mediaUrls())
        .containsExactly("https://pbs.twimg.com/tweet_video_thumb/GdNr7pLXwAAq3Yb.jpg");
    assertThat(result.posts().get(3).repost()).isFalse();
    List<URI> pages = stub.requests(DEV);
    assertThat(pages).hasSize(3);
    assertThat(XApiStub.query(pages.get(0)))
        .containsEntry("start_time", "2026-11-18T00:00:00Z")
        .containsEntry("max_results", "100")
        .containsEntry("exclude", "retweets,replies")
        .containsEntry("expansions", "attachments.media_keys")
        .containsEntry("media.fields", "url,preview_image_url")
        .doesNotContainKey("pagination_token");
    assertThat(XApiStub.query(pages.get(0)).get("tweet.fields"))
        .contains("created_at", "public_metrics", "referenced_tweets", "attachments", "author_id");
    assertThat(XApiStub.query(pages.get(1)))
        .containsEntry("pagination_token", "7140dibdnow9c7btw4b0ctyu5h8b3kxbo1nemqtztsdw0");
    assertThat(XApiStub.query(pages.get(2)))
        .containsEntry("pagination_token", "7140dibdnow9c7btw4b0ctyu5h8b3kxbo1nemqtztsdw1");
    assertThat(stub.authorizations()).containsOnly("Bearer test-token");
  }

  @Test
  void fetch_rateLimitedWithResetBeforeDeadline_waitsUntilResetThenContinues() {
    Instant reset = NOW.plusSeconds(90);
    stub.on(DEV, rateLimited(reset), Reply.ok(fixture("timeline-page3.json")));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
    assertThat(result.notices()).isEmpty();
    assertThat(result.posts()).extracting(Post::id).containsExactly("1859800000000000001");
  }

  @Test
  void fetch_remainingZeroOnAPage_waitsForResetBeforeTheNextPage() {
    Instant reset = NOW.plusSeconds(30);
    stub.on(
        DEV,
        new Reply(
            200,
            Map.of(
                "x-rate-limit-remaining",
                "0",
                "x-rate-limit-reset",
                String.valueOf(reset.getEpochSecond())),
            fixture("timeline-page1.json")),
        Reply.ok(fixture("timeline-page3.json")));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(result.posts()).hasSize(3);
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void fetch_rateLimitedWithResetAfterDeadline_stopsWithPartialResultsAndNotice() {
    Instant reset = NOW.plus(Duration.ofMinutes(15));
    stub.on(DEV, Reply.ok(fixture("timeline-page1.json")), rateLimited(reset));
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source().fetch(List.of("XDevelopers", "X"), SINCE, DEADLINE);

    assertThat(time.sleeps()).isEmpty();
    assertThat(result.posts())
        .extracting(Post::id)
        .containsExactly("1861122334455667788", "1860899887766554433", "1861000000000000010");
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("@XDevelopers", "2026-11-25T00:15:00Z", "only the newest 2 posts");
  }

  @Test
  void fetch_serviceUnavailableThenOk_retriesAfterBackoff() {
    stub.on(
        DEV,
        new Reply(503, Map.of(), "{\"title\":\"Service Unavailable\"}"),
        Reply.ok(fixture("timeline-page3.json")));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(result.notices()).isEmpty();
    assertThat(result.posts()).hasSize(1);
    assertThat(stub.requests(DEV)).hasSize(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void fetch_serverErrorOnEveryAttempt_givesUpOnThatAccountWithNotice() {
    stub.on(DEV, new Reply(500, Map.of(), "{\"title\":\"Internal Error\"}"));
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source().fetch(List.of("XDevelopers", "X"), SINCE, DEADLINE);

    assertThat(stub.requests(DEV)).hasSize(4);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("@XDevelopers", "gave up after 4 attempts", "HTTP 500");
    assertThat(result.posts()).extracting(Post::username).containsOnly("X");
  }

  @Test
  void fetch_malformedJsonForOneAccount_noticeAndOtherAccountsFine() {
    stub.on(DEV, Reply.ok("{\"data\": [{\"id\": \"1\", \"text\": "));
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source().fetch(List.of("XDevelopers", "X"), SINCE, DEADLINE);

    assertThat(result.notices()).singleElement().asString().contains("@XDevelopers", "malformed");
    assertThat(result.posts()).extracting(Post::id).containsExactly("1861000000000000010");
  }

  @Test
  void fetch_responseOfTheWrongShape_noticeForThatAccount() {
    stub.on(DEV, Reply.ok("{\"data\": {\"id\": \"1\"}, \"meta\": {\"result_count\": 1}}"));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(result.posts()).isEmpty();
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("@XDevelopers", "malformed", "data is not an array");
  }

  @Test
  void fetch_emptyTimeline_returnsNoPostsAndNoNotice() {
    stub.on(DEV, Reply.ok(fixture("timeline-empty.json")));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(result.posts()).isEmpty();
    assertThat(result.notices()).isEmpty();
    assertThat(stub.requests(DEV)).hasSize(1);
  }

  @Test
  void fetch_unknownUsername_skipsItWithNotice() {
    stub.on("/2/users/by", Reply.ok(fixture("users-lookup.json")));
    stub.on(DEV, Reply.ok(fixture("timeline-page3.json")));
    stub.on(X, Reply.ok(fixture("timeline-empty.json")));

    FetchResult result =
        source().fetch(List.of("XDevelopers", "nosuchuser_42", "X"), SINCE, DEADLINE);

    assertThat(XApiStub.query(stub.requests("/2/users/by").get(0)))
        .containsEntry("usernames", "XDevelopers,nosuchuser_42,X");
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("@nosuchuser_42", "Could not find user");
    assertThat(result.posts()).hasSize(1);
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void fetch_invalidUsername_skipsItWithoutAskingX() {
    stub.on(DEV, Reply.ok(fixture("timeline-empty.json")));

    FetchResult result = source().fetch(List.of("XDevelopers", "not-a-name"), SINCE, DEADLINE);

    assertThat(result.notices()).singleElement().asString().contains("@not-a-name", "not a valid");
    assertThat(XApiStub.query(stub.requests("/2/users/by").get(0)))
        .containsEntry("usernames", "XDevelopers");
  }

  @Test
  void fetch_moreThanOneHundredUsernames_looksThemUpInBatches() {
    List<String> names =
        java.util.stream.IntStream.range(0, 150).mapToObj(i -> "user" + i).toList();

    FetchResult result = source().fetch(names, SINCE, DEADLINE);

    assertThat(stub.requests("/2/users/by")).hasSize(2);
    assertThat(XApiStub.query(stub.requests("/2/users/by").get(0)).get("usernames").split(","))
        .hasSize(100);
    assertThat(result.notices()).hasSize(150);
  }

  @Test
  void fetch_severalAccounts_fetchesThemConcurrently() {
    int accounts = 4;
    CountDownLatch allInFlight = new CountDownLatch(accounts);
    AtomicInteger overlapped = new AtomicInteger();
    for (int i = 0; i < accounts; i++) {
      stub.user("user" + i, String.valueOf(1000 + i));
      stub.on(
          "/2/users/" + (1000 + i) + "/tweets",
          uri -> {
            allInFlight.countDown();
            if (allInFlight.await(10, TimeUnit.SECONDS)) {
              overlapped.incrementAndGet();
            }
            return Reply.ok(fixture("timeline-empty.json"));
          });
    }

    FetchResult result =
        source(true, true, accounts)
            .fetch(List.of("user0", "user1", "user2", "user3"), SINCE, DEADLINE);

    assertThat(overlapped).hasValue(accounts);
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void fetch_retweetsAndRepliesExcluded_asksXToExcludeThemAndDropsAnyThatCome() {
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source(true, true, 4).fetch(List.of("X"), SINCE, DEADLINE);

    assertThat(XApiStub.query(stub.requests(X).get(0)))
        .containsEntry("exclude", "retweets,replies");
    assertThat(result.posts()).extracting(Post::id).containsExactly("1861000000000000010");
  }

  @Test
  void fetch_retweetsAndRepliesIncluded_marksThemFromReferencedTweets() {
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source(false, false, 4).fetch(List.of("X"), SINCE, DEADLINE);

    assertThat(XApiStub.query(stub.requests(X).get(0))).doesNotContainKey("exclude");
    assertThat(result.posts()).hasSize(3);
    assertThat(result.posts().get(0).repost()).isFalse();
    assertThat(result.posts().get(0).reply()).isFalse();
    assertThat(result.posts().get(1).repost()).isTrue();
    assertThat(result.posts().get(2).reply()).isTrue();
  }

  @Test
  void fetch_onlyRepliesExcluded_excludeParameterNamesReplies() {
    stub.on(X, Reply.ok(fixture("timeline-mixed.json")));

    FetchResult result = source(false, true, 4).fetch(List.of("X"), SINCE, DEADLINE);

    assertThat(XApiStub.query(stub.requests(X).get(0))).containsEntry("exclude", "replies");
    assertThat(result.posts()).extracting(Post::repost).containsExactly(false, true);
  }

  @Test
  void fetch_unauthorized_noticeNamesStatusAndNoRetry() {
    stub.on(
        DEV,
        new Reply(
            401,
            Map.of(),
            "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"));

    FetchResult result = source().fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(stub.requests(DEV)).hasSize(1);
    assertThat(result.notices()).singleElement().asString().contains("@XDevelopers", "HTTP 401");
  }

  @Test
  void fetch_connectionRefused_retriesThenGivesUpWithNotice() throws IOException {
    URI closed;
    try (XApiStub gone = new XApiStub()) {
      closed = gone.baseUrl();
    }
    XConfig config = new XConfig(closed, true, true, 4, 3, null, null);
    XApiPostSource source =
        new XApiPostSource(config, BearerToken.fixed("t"), time, time, () -> 0.5);

    FetchResult result = source.fetch(List.of("XDevelopers"), SINCE, DEADLINE);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("@XDevelopers", "gave up after 3 attempts", "connection error");
  }

  private static Reply rateLimited(Instant reset) {
    return new Reply(
        429,
        Map.of(
            "x-rate-limit-limit", "1500",
            "x-rate-limit-remaining", "0",
            "x-rate-limit-reset", String.valueOf(reset.getEpochSecond())),
        "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
  }
}
