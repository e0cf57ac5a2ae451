package dev.digest.tweetdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.json.Json;
import dev.digest.testing.AwsEmulator;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Archives a digest and its delivery marker on an S3 emulator. */
class DigestArchiveIT {
  private static final String WEEK = "2026-W48";
  private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");

  private final AwsEmulator aws = AwsEmulator.get();
  private S3Client s3;
  private String bucket;
  private DigestArchive archive;

  @BeforeEach
  void setUp() {
    s3 = AwsClients.fromEnvironment(aws.env(Map.of())).s3();
    bucket = "digest-archive-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(bucket));
    archive =
        new DigestArchive(s3, ArchiveConfig.fromEnv(aws.env(Map.of("ARCHIVE_BUCKET", bucket))));
  }

  @Test
  void write_digest_storesJsonAndHtmlWithContentTypes() {
    archive.write(
        digest("Mistral shipped a model."), "<html><body>Woche 48 – 5 posts</body></html>");

    HeadObjectResponse json = head("digests/2026-W48/digest.json");
    HeadObjectResponse html = head("digests/2026-W48/digest.html");
    assertThat(json.contentType()).isEqualTo("application/json");
    assertThat(html.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(read("digests/2026-W48/digest.html"))
        .isEqualTo("<html><body>Woche 48 – 5 posts</body></html>");
    JsonNode doc = Json.parse(read("digests/2026-W48/digest.json"));
    assertThat(doc.get("week").asText()).isEqualTo(WEEK);
    assertThat(doc.get("from").asText()).isEqualTo("2026-11-23T00:00:00Z");
    assertThat(doc.get("generatedAt").asText()).isEqualTo("2026-11-30T00:05:00Z");
    assertThat(doc.at("/sections/0/topPosts/0/post/createdAt").asText())
        .isEqualTo("2026-11-24T08:00:00Z");
    assertThat(doc.at("/sections/0/summary").asText()).isEqualTo("Mistral shipped a model.");
    assertThat(ArchiveJson.mapper().convertValue(doc, Digest.class))
        .isEqualTo(digest("Mistral shipped a model."));
  }

  @Test
  void write_sameWeekTwice_overwritesWithTheLatest() {
    archive.write(digest("First run."), "<p>first</p>");

    archive.write(digest("Second run."), "<p>second</p>");

    assertThat(Json.parse(read("digests/2026-W48/digest.json")).at("/sections/0/summary").asText())
        .isEqualTo("Second run.");
    assertThat(read("digests/2026-W48/digest.html")).isEqualTo("<p>second</p>");
    assertThat(archive.alreadySent(WEEK)).isFalse();
  }

  @Test
  void alreadySent_afterMarkSent_isTrueAndMarkerHasDelivery() {
    assertThat(archive.alreadySent(WEEK)).isFalse();

    boolean marked =
        archive.markSent(
            WEEK,
            new SentMarker(
                Instant.parse("2026-11-30T00:06:30Z"),
                List.of("ana@example.com", "bo@example.com"),
                List.of("bounce@example.com")));

    assertThat(marked).isTrue();
    assertThat(archive.alreadySent(WEEK)).isTrue();
    assertThat(archive.alreadySent("2026-W49")).isFalse();
    assertThat(head("digests/2026-W48/sent.json").contentType()).isEqualTo("application/json");
    JsonNode sent = Json.parse(read("digests/2026-W48/sent.json"));
    assertThat(sent.get("sentAt").asText()).isEqualTo("2026-11-30T00:06:30Z");
    assertThat(sent.get("recipients"))
        .extracting(JsonNode::asText)
        .containsExactly("ana@example.com", "bo@example.com");
    assertThat(sent.get("failed"))
        .extracting(JsonNode::asText)
        .containsExactly("bounce@example.com");
  }

  /**
   * Relies on the emulator honouring {@code If-None-Match: *}: moto 5.2.5 answers 412
   * PreconditionFailed, as S3 does, so this is a real check of the conditional put.
   */
  @Test
  void markSent_weekAlreadyMarked_returnsFalseAndKeepsTheFirstMarker() {
    SentMarker first =
        new SentMarker(
            Instant.parse("2026-11-30T00:06:30Z"), List.of("ana@example.com"), List.of());
    SentMarker second =
        new SentMarker(Instant.parse("2026-11-30T00:07:00Z"), List.of("bo@example.com"), List.of());
    archive.markSent(WEEK, first);

    boolean marked = archive.markSent(WEEK, second);

    assertThat(marked).isFalse();
    assertThat(Json.parse(read("digests/2026-W48/sent.json")).get("sentAt").asText())
        .isEqualTo("2026-11-30T00:06:30Z");
  }

  @Test
  void alreadySent_notAWeek_isRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> archive.alreadySent("../other"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private HeadObjectResponse head(String key) {
    return s3.headObject(b -> b.bucket(bucket).key(key));
  }

  private String read(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }

  private static Digest digest(String summary) {
    Post post =
        new Post(
            "1862000000000000001",
            "421862000000000000001",
            "MistralAI",
            "Introducing Mistral Medium 3.1, now on La Plateforme.",
            Instant.parse("2026-11-24T08:00:00Z"),
            Post.urlOf("MistralAI", "1862000000000000001"),
            new PostMetrics(5400, 1200, 270, 120),
            false,
            false,
            List.of());
    return new Digest(
        WEEK,
        FROM,
        TO,
        Instant.parse("2026-11-30T00:05:00Z"),
        List.of(
            new Digest.Section(
                "New AI model releases",
                summary,
                "llm",
                1,
                new Digest.SentimentMix(1, 0, 0),
                List.of(new Digest.TopPost(post, "positive", Categorised.LLM, null)))),
        List.of("1 of 1 posts were categorised offline"));
  }
}
