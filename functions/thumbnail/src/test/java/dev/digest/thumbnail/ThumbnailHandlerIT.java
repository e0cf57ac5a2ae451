package dev.digest.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.digest.shared.aws.AwsClients;
import dev.digest.testing.AwsEmulator;
import dev.digest.testing.Events;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Runs the handler against an S3 emulator with the sample events from {@code events/}. */
class ThumbnailHandlerIT {
  private static final String UPLOADS = "x-digest-uploads-123456789012";

  private final AwsEmulator aws = AwsEmulator.get();
  private S3Client s3;
  private String derived;

  @BeforeEach
  void setUp() {
    s3 = AwsClients.fromEnvironment(aws.env(Map.of())).s3();
    derived = "derived-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(UPLOADS));
    s3.createBucket(b -> b.bucket(derived));
  }

  @Test
  void handleRequest_eventBridgeUpload_writesThreeSizesWithSourceMetadata() throws IOException {
    String eTag = put("uploads/photos/sunset.jpg", jpeg(1600, 1200));

    SQSBatchResponse response =
        handler(Map.of()).handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys())
        .containsExactlyInAnyOrder(
            "thumbnails/large/photos/sunset.jpg",
            "thumbnails/medium/photos/sunset.jpg",
            "thumbnails/small/photos/sunset.jpg");
    assertThat(size("thumbnails/small/photos/sunset.jpg")).isEqualTo(new int[] {150, 150});
    assertThat(size("thumbnails/medium/photos/sunset.jpg")).isEqualTo(new int[] {500, 375});
    assertThat(size("thumbnails/large/photos/sunset.jpg")).isEqualTo(new int[] {1200, 900});
    GetObjectResponse head = get("thumbnails/medium/photos/sunset.jpg").response();
    assertThat(head.contentType()).isEqualTo("image/jpeg");
    assertThat(head.metadata())
        .containsEntry("source-key", "uploads/photos/sunset.jpg")
        .containsEntry("source-etag", eTag);
  }

  @Test
  void handleRequest_batchWithEncodedKeysAndGarbage_reportsOnlyTheGarbageRecord()
      throws IOException {
    put("uploads/photos/red flower.jpg", jpeg(800, 600));
    put("uploads/café/naïve photo.png", png(300, 200));

    SQSBatchResponse response =
        handler(Map.of()).handleRequest(event("thumbnail-sqs-batch.json"), null);

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("msg-3");
    assertThat(keys())
        .contains(
            "thumbnails/small/photos/red flower.jpg", "thumbnails/large/café/naïve photo.jpg");
    assertThat(size("thumbnails/large/café/naïve photo.jpg")).isEqualTo(new int[] {300, 200});
    // S3 metadata must be ASCII: the non-ASCII key is stored percent-encoded.
    assertThat(get("thumbnails/large/café/naïve photo.jpg").response().metadata())
        .containsEntry("source-key", "uploads/caf%C3%A9/na%C3%AFve photo.png");
  }

  @Test
  void handleRequest_textNamedJpg_isRejectedWithNoOutputAndNoRetry() {
    put("uploads/photos/sunset.jpg", "#!/bin/sh\necho not a photo\n".getBytes());

    SQSBatchResponse response =
        handler(Map.of()).handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys()).isEmpty();
  }

  @Test
  void handleRequest_executableNamedJpg_isRejectedByTheSharedPolicy() throws IOException {
    byte[] elf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/exe"));
    put("uploads/photos/sunset.jpg", java.util.Arrays.copyOf(elf, 4096));

    SQSBatchResponse response =
        handler(Map.of()).handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys()).isEmpty();
  }

  @Test
  void handleRequest_typeOutsideAllowList_isRejectedWithNoOutput() throws IOException {
    put("uploads/photos/sunset.jpg", jpeg(640, 480));

    SQSBatchResponse response =
        handler(Map.of("ALLOWED_TYPES", "png"))
            .handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys()).isEmpty();
  }

  @Test
  void handleRequest_fileOverByteLimit_isRejectedWithNoOutput() throws IOException {
    put("uploads/photos/sunset.jpg", jpeg(1600, 1200));

    SQSBatchResponse response =
        handler(Map.of("MAX_INPUT_BYTES", "1000"))
            .handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys()).isEmpty();
  }

  @Test
  void handleRequest_sameUploadTwice_overwritesTheSameKeys() throws IOException {
    put("uploads/photos/sunset.jpg", jpeg(1600, 1200));
    ThumbnailHandler handler = handler(Map.of());

    handler.handleRequest(event("thumbnail-sqs-eventbridge.json"), null);
    List<String> first = keys();
    handler.handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(keys()).hasSize(3).containsExactlyInAnyOrderElementsOf(first);
  }

  @Test
  void handleRequest_objectDeletedBeforeProcessing_isSkippedNotRetried() {
    s3.deleteObject(b -> b.bucket(UPLOADS).key("uploads/photos/sunset.jpg"));

    SQSBatchResponse response =
        handler(Map.of()).handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(keys()).isEmpty();
  }

  @Test
  void handleRequest_derivedBucketMissing_reportsTheRecordForRetry() throws IOException {
    put("uploads/photos/sunset.jpg", jpeg(640, 480));
    ThumbnailHandler handler =
        handler(Map.of("DERIVED_BUCKET", "no-such-bucket-" + UUID.randomUUID()));

    SQSBatchResponse response =
        handler.handleRequest(event("thumbnail-sqs-eventbridge.json"), null);

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .hasSize(1);
  }

  private ThumbnailHandler handler(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>(Map.of("DERIVED_BUCKET", derived));
    env.putAll(overrides);
    return new ThumbnailHandler(aws.env(env));
  }

  private static SQSEvent event(String name) {
    return EventLoader.loadSQSEvent(Events.path(name));
  }

  private String put(String key, byte[] bytes) {
    return s3.putObject(b -> b.bucket(UPLOADS).key(key), RequestBody.fromBytes(bytes))
        .eTag()
        .replace("\"", "");
  }

  private ResponseBytes<GetObjectResponse> get(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(derived).key(key));
  }

  private int[] size(String key) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(get(key).asByteArray()));
    return new int[] {image.getWidth(), image.getHeight()};
  }

  private List<String> keys() {
    return s3.listObjectsV2(b -> b.bucket(derived)).contents().stream().map(S3Object::key).toList();
  }

  private static byte[] jpeg(int width, int height) throws IOException {
    return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  private static byte[] png(int width, int height) throws IOException {
    return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  private static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
