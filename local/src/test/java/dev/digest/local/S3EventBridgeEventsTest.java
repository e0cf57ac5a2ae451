package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import dev.digest.shared.s3.S3Events;
import dev.digest.shared.s3.S3ObjectRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3EventBridgeEventsTest {
  private static final Instant TIME = Instant.parse("2024-05-01T12:00:00.123Z");

  @Test
  void encodeKey_spacesAndAccents_areFormEncodedLikeS3() {
    assertThat(S3EventBridgeEvents.encodeKey("uploads/red flower.jpg"))
        .isEqualTo("uploads/red+flower.jpg");
    assertThat(S3EventBridgeEvents.encodeKey("uploads/café/naïve photo.png"))
        .isEqualTo("uploads/caf%C3%A9/na%C3%AFve+photo.png");
    assertThat(S3EventBridgeEvents.encodeKey("uploads/a+b=c&d.jpg"))
        .isEqualTo("uploads/a%2Bb%3Dc%26d.jpg");
  }

  @Test
  void objectCreated_parsedByTheFunctions_givesBackTheRawKey() {
    ObjectNode event =
        S3EventBridgeEvents.objectCreated(
            LocalAccount.DEFAULT, "bucket", "uploads/a+b c/é.jpg", 42, "abc", TIME);

    List<S3ObjectRef> refs = S3Events.parse(Json.write(event));

    assertThat(refs).containsExactly(new S3ObjectRef("bucket", "uploads/a+b c/é.jpg", 42, "abc"));
  }

  @Test
  void objectCreated_hasTheFieldsS3Sends() {
    ObjectNode event =
        S3EventBridgeEvents.objectCreated(
            LocalAccount.DEFAULT, "bucket", "uploads/a.jpg", 42, "abc", TIME);

    assertThat(event.path("version").asText()).isEqualTo("0");
    assertThat(event.path("detail-type").asText()).isEqualTo("Object Created");
    assertThat(event.path("source").asText()).isEqualTo("aws.s3");
    assertThat(event.path("account").asText()).isEqualTo("000000000000");
    assertThat(event.path("time").asText()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(event.path("region").asText()).isEqualTo("us-east-1");
    assertThat(event.path("resources").get(0).asText()).isEqualTo("arn:aws:s3:::bucket");
    assertThat(event.at("/detail/reason").asText()).isEqualTo("PutObject");
    assertThat(event.at("/detail/object/size").asLong()).isEqualTo(42);
    assertThat(event.at("/detail/object/sequencer").asText()).hasSize(18);
  }

  @Test
  void objectCreated_fieldNames_matchTheSampleEvent() throws IOException {
    Path sample = Path.of("..", "events", "eventbridge-s3-object-created.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample));
    JsonNode expected = Json.parse(Files.readString(sample));

    ObjectNode event =
        S3EventBridgeEvents.objectCreated(
            LocalAccount.DEFAULT, "bucket", "uploads/a.jpg", 42, "abc", TIME);

    assertThat(paths(event, "")).isEqualTo(paths(expected, ""));
  }

  private static List<String> paths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            name -> {
              paths.add(prefix + "/" + name);
              if (node.get(name).isObject()) {
                paths.addAll(paths(node.get(name), prefix + "/" + name));
              }
            });
    return paths;
  }
}
