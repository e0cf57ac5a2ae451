package dev.digest.tweetdigest.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts from a local JSON file in the X API v2 shape. */
class JsonPostSourceTest {
  private static final Instant SINCE = Instant.parse("2026-11-18T00:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-11-25T00:10:00Z");

  @TempDir Path dir;

  private Path posts() throws IOException {
    return Files.writeString(dir.resolve("posts.json"), XApiStub.fixture("posts.json"));
  }

  private static XConfig config(boolean excludeRetweets, boolean excludeReplies) {
    return new XConfig(XConfig.DEFAULT_BASE_URL, excludeRetweets, excludeReplies, 4, 4, null, null);
  }

  @Test
  void fetch_defaults_keepsRequestedAccountsSinceNewestFirstWithoutRetweetsOrReplies()
      throws IOException {
    FetchResult result =
        JsonPostSource.file(posts(), config(true, true))
            .fetch(List.of("xdevelopers", "X"), SINCE, DEADLINE);

    assertThat(result.notices()).isEmpty();
    assertThat(result.posts())
        .extracting(Post::id)
        .containsExactly("1861122334455667788", "1859800000000000001", "1861000000000000010");
    Post first = result.posts().get(0);
    assertThat(first.username()).isEqualTo("XDevelopers");
    assertThat(first.url()).isEqualTo("https://x.com/XDevelopers/status/1861122334455667788");
    assertThat(first.mediaUrls())
        .containsExactly("https://pbs.twimg.com/media/GdQx1aBWgAAs9kZ.jpg");
    assertThat(first.metrics().likes()).isEqualTo(389);
  }

  @Test
  void fetch_retweetsAndRepliesIncluded_marksThem() throws IOException {
    FetchResult result =
        JsonPostSource.at(posts().toString(), config(false, false), () -> null)
            .fetch(List.of("X"), SINCE, DEADLINE);

    assertThat(result.posts()).extracting(Post::repost).containsExactly(false, true, false);
    assertThat(result.posts()).extracting(Post::reply).containsExactly(false, false, true);
  }

  @Test
  void fetch_accountNotInTheFile_skipsItWithNotice() throws IOException {
    FetchResult result =
        JsonPostSource.file(posts(), config(true, true)).fetch(List.of("@nobody"), SINCE, DEADLINE);

    assertThat(result.posts()).isEmpty();
    assertThat(result.notices()).singleElement().asString().contains("@nobody", "posts.json");
  }

  @Test
  void fetch_notTheV2Shape_failsNamingTheFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"users\": {}, \"tweets\": []}");

    assertThatThrownBy(
            () -> JsonPostSource.file(bad, config(true, true)).fetch(List.of("X"), SINCE, DEADLINE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("users is not an array");
  }

  @Test
  void at_s3UriWithoutKey_isRejected() {
    assertThatThrownBy(() -> JsonPostSource.at("s3://bucket-only", config(true, true), () -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s3://bucket-only");
  }
}
