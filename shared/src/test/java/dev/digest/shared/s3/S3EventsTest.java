package dev.digest.shared.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3EventsTest {
  @Test
  void parse_eventBridgeObjectCreated_returnsBucketKeySizeAndEtag() throws IOException {
    List<S3ObjectRef> refs = S3Events.parse(read("eventbridge-s3-object-created.json"));

    assertThat(refs).hasSize(1);
    assertThat(refs.get(0).bucket()).isEqualTo("x-digest-uploads-123456789012");
    assertThat(refs.get(0).key()).isEqualTo("uploads/photos/sunset.jpg");
    assertThat(refs.get(0).size()).isPositive();
    assertThat(refs.get(0).eTag()).isNotBlank();
  }

  @Test
  void parse_classicNotification_returnsObject() throws IOException {
    List<S3ObjectRef> refs = S3Events.parse(read("s3-put.json"));

    assertThat(refs).extracting(S3ObjectRef::key).containsExactly("uploads/photos/sunset.jpg");
  }

  @Test
  void parse_sqsBatchBodies_decodesSpacesAndNonAsciiKeys() {
    SQSEvent event = EventLoader.loadSQSEvent(path("thumbnail-sqs-batch.json").toString());

    assertThat(S3Events.parse(event.getRecords().get(0).getBody()))
        .extracting(S3ObjectRef::key)
        .containsExactly("uploads/photos/red flower.jpg");
    assertThat(S3Events.parse(event.getRecords().get(1).getBody()))
        .extracting(S3ObjectRef::key)
        .containsExactly("uploads/café/naïve photo.png");
  }

  @Test
  void parse_sqsBatchBodyThatIsNotJson_failsWithReason() {
    SQSEvent event = EventLoader.loadSQSEvent(path("thumbnail-sqs-batch.json").toString());
    String body = event.getRecords().get(2).getBody();

    assertThatThrownBy(() -> S3Events.parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an S3 event");
  }

  @Test
  void decodeKey_encodedPlusAndPercent_areLiteral() {
    assertThat(S3Events.decodeKey("uploads/c%2B%2B+notes%25.png"))
        .isEqualTo("uploads/c++ notes%.png");
  }

  @Test
  void metadataValue_nonAsciiAndPercent_areEscapedAndDecodeBack() {
    String value = Uploads.metadataValue("uploads/café/50% off.jpg");

    assertThat(value).isEqualTo("uploads/caf%C3%A9/50%25 off.jpg");
    assertThat(S3Events.decodeKey(value.replace(" ", "%20"))).isEqualTo("uploads/café/50% off.jpg");
  }

  @Test
  void parse_s3TestEvent_returnsNothing() {
    assertThat(S3Events.parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}")).isEmpty();
  }

  @Test
  void parse_deleteNotification_returnsNothing() {
    String body =
        "{\"Records\":[{\"eventName\":\"ObjectRemoved:Delete\",\"s3\":{\"bucket\":{\"name\":\"b\"},"
            + "\"object\":{\"key\":\"k\"}}}]}";

    assertThat(S3Events.parse(body)).isEmpty();
  }

  @Test
  void parse_eventBridgeWithoutKey_failsNamingTheField() {
    String body =
        "{\"detail-type\":\"Object Created\",\"detail\":{\"bucket\":{\"name\":\"b\"},\"object\":{}}}";

    assertThatThrownBy(() -> S3Events.parse(body)).hasMessageContaining("object key");
  }

  @Test
  void parse_unrelatedJson_failsWithReason() {
    assertThatThrownBy(() -> S3Events.parse("{\"hello\":1}"))
        .hasMessageContaining("not an S3 event");
  }

  private static String read(String name) throws IOException {
    return Files.readString(path(name));
  }

  private static Path path(String name) {
    return Path.of("..", "events", name).toAbsolutePath().normalize();
  }
}
