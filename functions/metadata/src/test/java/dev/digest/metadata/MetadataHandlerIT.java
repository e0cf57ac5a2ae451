package dev.digest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.json.Json;
import dev.digest.testing.AwsEmulator;
import dev.digest.testing.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/** Runs the handler against an S3 emulator with the sample events from {@code events/}. */
class MetadataHandlerIT {
  private static final String UPLOADS = "x-digest-uploads-123456789012";
  private static final String KEY = "uploads/photos/sunset.jpg";

  private final AwsEmulator aws = AwsEmulator.get();
  private S3Client s3;
  private String derived;
  private MetadataHandler handler;

  @BeforeEach
  void setUp() {
    s3 = AwsClients.fromEnvironment(aws.env(Map.of())).s3();
    derived = "derived-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(UPLOADS));
    s3.createBucket(b -> b.bucket(derived));
    handler = new MetadataHandler(aws.env(Map.of("DERIVED_BUCKET", derived)));
  }

  @Test
  void handleRequest_cameraPhoto_writesDocumentAndTagsOk() throws IOException {
    put(KEY, sample("photos/plasma-landscape.jpg"), "image/jpeg");
    s3.putObjectTagging(
        b -> b.bucket(UPLOADS).key(KEY).tagging(t -> t.tagSet(tag("owner", "alice"))));

    SQSBatchResponse response = handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode doc = document(KEY);
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.at("/source/key").asText()).isEqualTo(KEY);
    assertThat(doc.at("/type/detected").asText()).isEqualTo("jpeg");
    assertThat(doc.at("/type/mismatch").asBoolean()).isFalse();
    assertThat(doc.at("/validation/status").asText()).isEqualTo("ok");
    assertThat(doc.at("/image/make").asText()).isEqualTo("Canon");
    assertThat(doc.at("/image/model").asText()).isEqualTo("Canon EOS R6");
    assertThat(doc.at("/image/captureTime").asText()).isEqualTo("2024-06-15T18:42:07");
    assertThat(doc.at("/image/gps/latitude").asDouble()).isBetween(59.91, 59.92);
    assertThat(doc.has("video")).isTrue();
    assertThat(doc.get("video").isNull()).isTrue();
    assertThat(tags(KEY)).containsEntry("validation", "ok").containsEntry("owner", "alice");
  }

  @Test
  void handleRequest_executableNamedJpg_isRejectedTaggedAndDocumented() throws IOException {
    byte[] elf = Arrays.copyOf(Files.readAllBytes(Path.of("/proc/self/exe")), 8192);
    put(KEY, elf, "image/jpeg");

    SQSBatchResponse response = handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode doc = document(KEY);
    assertThat(doc.at("/type/detected").asText()).isEqualTo("elf");
    assertThat(doc.at("/type/byExtension").asText()).isEqualTo("jpeg");
    assertThat(doc.at("/type/byContentType").asText()).isEqualTo("jpeg");
    assertThat(doc.at("/type/mismatch").asBoolean()).isTrue();
    assertThat(doc.at("/validation/status").asText()).isEqualTo("rejected");
    assertThat(doc.at("/validation/reason").asText()).isEqualTo("disguised");
    assertThat(doc.at("/validation/message").asText()).contains("ELF");
    assertThat(doc.get("image").isNull()).isTrue();
    assertThat(tags(KEY))
        .containsEntry("validation", "rejected")
        .containsEntry("validation-reason", "disguised");
  }

  @Test
  void handleRequest_zeroByteUpload_isRejectedAsEmpty() throws IOException {
    put(KEY, new byte[0], null);

    handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);

    assertThat(document(KEY).at("/validation/reason").asText()).isEqualTo("empty");
    assertThat(tags(KEY)).containsEntry("validation-reason", "empty");
  }

  @Test
  void handleRequest_pngNamedJpg_isAcceptedAndFlaggedAsMismatch() throws IOException {
    put(KEY, sample("graphics/badge-alpha.png"), "image/jpeg");

    handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);

    JsonNode doc = document(KEY);
    assertThat(doc.at("/type/detected").asText()).isEqualTo("png");
    assertThat(doc.at("/type/mismatch").asBoolean()).isTrue();
    assertThat(doc.at("/validation/status").asText()).isEqualTo("ok");
    assertThat(doc.at("/image/width").asInt()).isPositive();
  }

  @Test
  void handleRequest_batch_eachRecordGetsItsOwnDocument() throws IOException {
    put("uploads/photos/red flower.jpg", sample("photos/rose-closeup.jpg"), "image/jpeg");
    put("uploads/docs/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(), "application/pdf");
    put("uploads/evil.jpg", "#!/bin/sh\nrm -rf /\n".getBytes(), "image/jpeg");

    SQSBatchResponse response = handler.handleRequest(event("metadata-sqs-batch.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(document("uploads/photos/red flower.jpg").at("/image/make").asText())
        .isEqualTo("FUJIFILM");
    assertThat(document("uploads/docs/report.pdf").at("/type/detected").asText()).isEqualTo("pdf");
    assertThat(document("uploads/evil.jpg").at("/validation/reason").asText())
        .isEqualTo("disguised");
  }

  @Test
  void handleRequest_sameUploadTwice_overwritesTheSameDocument() throws IOException {
    put(KEY, sample("photos/rose-closeup.jpg"), "image/jpeg");

    handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);
    String first =
        s3.getObjectAsBytes(b -> b.bucket(derived).key("metadata/" + KEY + ".json")).asUtf8String();
    handler.handleRequest(event("metadata-sqs-eventbridge.json"), null);

    assertThat(s3.listObjectsV2(b -> b.bucket(derived)).keyCount()).isEqualTo(1);
    assertThat(
            s3.getObjectAsBytes(b -> b.bucket(derived).key("metadata/" + KEY + ".json"))
                .asUtf8String())
        .isEqualTo(first);
  }

  private static SQSEvent event(String name) {
    return EventLoader.loadSQSEvent(Events.path(name));
  }

  private static byte[] sample(String name) throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    return Files.readAllBytes(dir.resolve("samples").resolve(name));
  }

  private void put(String key, byte[] bytes, String contentType) {
    s3.putObject(
        b -> b.bucket(UPLOADS).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
  }

  private JsonNode document(String key) {
    return Json.parse(
        s3.getObjectAsBytes(b -> b.bucket(derived).key("metadata/" + key + ".json"))
            .asUtf8String());
  }

  private Map<String, String> tags(String key) {
    return s3.getObjectTagging(b -> b.bucket(UPLOADS).key(key)).tagSet().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
