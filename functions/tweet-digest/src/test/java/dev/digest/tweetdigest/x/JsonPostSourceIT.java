package dev.digest.tweetdigest.x;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.aws.AwsClients;
import dev.digest.testing.AwsEmulator;
import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Reads posts from an S3 object on an emulator. */
class JsonPostSourceIT {
  private final AwsEmulator aws = AwsEmulator.get();

  @Test
  void fetch_s3Object_readsPostsLikeAFile() {
    AwsClients clients = AwsClients.fromEnvironment(aws.env(Map.of()));
    S3Client s3 = clients.s3();
    String bucket = "digest-posts-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(bucket));
    s3.putObject(
        b -> b.bucket(bucket).key("input/posts.json").contentType("application/json"),
        RequestBody.fromString(XApiStub.fixture("posts.json")));

    FetchResult result =
        JsonPostSource.at("s3://" + bucket + "/input/posts.json", XConfig.defaults(), clients::s3)
            .fetch(
                List.of("XDevelopers", "X"),
                Instant.parse("2026-11-18T00:00:00Z"),
                Instant.parse("2026-11-25T00:10:00Z"));

    assertThat(result.notices()).isEmpty();
    assertThat(result.posts())
        .extracting(Post::id)
        .containsExactly("1861122334455667788", "1859800000000000001", "1861000000000000010");
  }
}
