package dev.digest.tweetdigest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.sentiment.LexiconSentiment;
import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.testing.AwsEmulator;
import dev.digest.tweetdigest.digest.DigestArchive;
import dev.digest.tweetdigest.digest.DigestBuilder;
import dev.digest.tweetdigest.email.DigestEmail;
import dev.digest.tweetdigest.email.DigestMailer;
import dev.digest.tweetdigest.email.MailConfig;
import dev.digest.tweetdigest.llm.ExtractiveSummariser;
import dev.digest.tweetdigest.llm.LlmConfig;
import dev.digest.tweetdigest.llm.OfflineCategoriser;
import dev.digest.tweetdigest.x.JsonPostSource;
import dev.digest.tweetdigest.x.XConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Runs the whole digest on an S3 and SES v2 emulator: posts from a JSON file, offline categories
 * and summaries, lexicon sentiment at the function boundary, the real archive and mailer.
 */
class DigestServiceIT {
  // Ad hoc runs end now: the clock stands late in week 48, so they fall in the scheduled week.
  private static final String WEEK = "2026-W48";
  private static final String SCHEDULED =
      """
      {"detail-type": "Scheduled Event", "source": "aws.events", "time": "2026-11-30T00:00:00Z"}
      """;

  private final AwsEmulator aws = AwsEmulator.get();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Env env = aws.env(Map.of());
  private S3Client s3;
  private SesV2Client ses;
  private String bucket;
  private DigestService service;

  @BeforeEach
  void setUp() throws URISyntaxException {
    AwsClients clients = AwsClients.fromEnvironment(env);
    s3 = clients.s3();
    ses = clients.configure(SesV2Client.builder(), "SESV2").build();
    bucket = "digest-service-" + run;
    s3.createBucket(b -> b.bucket(bucket));
    String from = "digest-" + run + "@example.com";
    ses.createEmailIdentity(r -> r.emailIdentity(from));
    MailConfig mail =
        MailConfig.toRecipients(
            from, List.of("a-" + run + "@example.com", "b-" + run + "@example.org"));
    Path posts = Path.of(getClass().getResource("/x/posts.json").toURI());
    DigestConfig config =
        DigestConfig.fromEnv(Env.of(Map.of("ACCOUNTS", "X,XDevelopers", "POST_SOURCE", "x")));
    LexiconSentiment lexicon = LexiconSentiment.standard();
    service =
        new DigestService(
            JsonPostSource.file(posts, XConfig.defaults()),
            new OfflineCategoriser(),
            LlmConfig.DEFAULT_CATEGORIES,
            texts -> texts.stream().map(t -> SentimentResult.lexicon(lexicon.analyse(t))).toList(),
            new DigestBuilder(
                LlmConfig.DEFAULT_CATEGORIES, new ExtractiveSummariser(), config.topPosts()),
            new DigestEmail(),
            new DigestMailer(ses, mail)::send,
            new DigestArchive(s3, bucket),
            Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC),
            config);
  }

  @AfterEach
  void tearDown() {
    ses.close();
    s3.close();
  }

  @Test
  void handleRequest_scheduledEvent_sendsAndArchivesTheWeek() throws IOException {
    JsonNode outcome = invoke(SCHEDULED);

    assertThat(outcome.get("week").asText()).isEqualTo(WEEK);
    assertThat(outcome.get("from").asText()).isEqualTo("2026-11-23T00:00:00Z");
    assertThat(outcome.get("posts").asInt()).isPositive();
    assertThat(outcome.get("sections").asInt()).isPositive();
    assertThat(outcome.get("sent").asInt()).isEqualTo(2);
    assertThat(outcome.get("skipped").isNull()).isTrue();
    assertThat(outcome.get("visualCapture").asText()).isEqualTo("not requested");
    assertThat(exists("digest.json")).isTrue();
    assertThat(exists("digest.html")).isTrue();
    assertThat(exists("sent.json")).isTrue();
    JsonNode marker = Json.parse(read("sent.json"));
    assertThat(marker.get("recipients")).hasSize(2);
    assertThat(Json.parse(read("digest.json")).get("week").asText()).isEqualTo(WEEK);
  }

  @Test
  void run_sameWeekTwice_skipsSendingTheSecondTime() {
    DigestOutcome first = service.run(DigestRequest.parse(Json.parse(SCHEDULED)));
    DigestOutcome second = service.run(DigestRequest.parse(Json.parse(SCHEDULED)));

    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.archiveKeys())
        .containsExactly(
            "digests/2026-W48/digest.json",
            "digests/2026-W48/digest.html",
            "digests/2026-W48/sent.json");
    assertThat(second.sent()).isZero();
    assertThat(second.skipped()).isEqualTo("already sent");
    assertThat(second.archiveKeys()).doesNotContain("digests/2026-W48/sent.json");
  }

  @Test
  void run_forceAfterSent_sendsAgainAndKeepsTheMarker() {
    service.run(DigestRequest.parse(Json.parse(SCHEDULED)));

    DigestOutcome forced =
        service.run(
            DigestRequest.parse(
                Json.parse("{\"since\": \"2026-11-23T00:00:00Z\", \"force\": true}")));

    assertThat(forced.week()).isEqualTo(WEEK);
    assertThat(forced.sent()).isEqualTo(2);
    assertThat(forced.skipped()).isNull();
    assertThat(forced.notices()).anyMatch(n -> n.contains("earlier marker was kept"));
  }

  @Test
  void run_dryRun_archivesButSendsNothing() {
    DigestOutcome outcome =
        service.run(
            DigestRequest.parse(
                Json.parse("{\"since\": \"2026-11-23T00:00:00Z\", \"dryRun\": true}")));

    assertThat(outcome.dryRun()).isTrue();
    assertThat(outcome.sent()).isZero();
    assertThat(outcome.skipped()).isEqualTo("dry run");
    assertThat(exists("digest.json")).isTrue();
    assertThat(exists("digest.html")).isTrue();
    assertThat(exists("sent.json")).isFalse();
  }

  private JsonNode invoke(String payload) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TweetDigestHandler(service)
        .handleRequest(
            new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  private boolean exists(String file) {
    try {
      s3.headObject(b -> b.bucket(bucket).key("digests/" + WEEK + "/" + file));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private String read(String file) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key("digests/" + WEEK + "/" + file))
        .asUtf8String();
  }
}
