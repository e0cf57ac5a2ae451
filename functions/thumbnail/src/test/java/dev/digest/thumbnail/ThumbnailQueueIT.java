package dev.digest.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.json.Json;
import dev.digest.testing.AwsEmulator;
import dev.digest.testing.Events;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Drives the handler from a real queue with a dead-letter queue, as Lambda's SQS poller does:
 * reported failures are redelivered and end in the DLQ, everything else is deleted once.
 */
class ThumbnailQueueIT {
  private static final String UPLOADS = "x-digest-uploads-123456789012";

  private final AwsEmulator aws = AwsEmulator.get();
  private final AwsClients clients = AwsClients.fromEnvironment(aws.env(Map.of()));
  private final S3Client s3 = clients.s3();
  private final SqsClient sqs = clients.configure(SqsClient.builder(), "SQS").build();

  @Test
  void pollLoop_goodUploadAndGarbage_goodIsDoneOnceAndGarbageEndsInDeadLetterQueue()
      throws IOException {
    String derived = "derived-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(UPLOADS));
    s3.createBucket(b -> b.bucket(derived));
    s3.putObject(
        b -> b.bucket(UPLOADS).key("uploads/photos/sunset.jpg"), RequestBody.fromBytes(jpeg()));
    String dlq = sqs.createQueue(b -> b.queueName("thumb-dlq-" + UUID.randomUUID())).queueUrl();
    String dlqArn =
        sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    String queue =
        sqs.createQueue(
                b ->
                    b.queueName("thumb-" + UUID.randomUUID())
                        .attributes(
                            Map.of(
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                "1",
                                QueueAttributeName.REDRIVE_POLICY,
                                Json.write(
                                    Map.of(
                                        "deadLetterTargetArn", dlqArn, "maxReceiveCount", "2")))))
            .queueUrl();
    String eventBridgeBody =
        Json.parse(Events.read("eventbridge-s3-object-created.json")).toString();
    sqs.sendMessage(b -> b.queueUrl(queue).messageBody(eventBridgeBody));
    String garbageId = sqs.sendMessage(b -> b.queueUrl(queue).messageBody("not json")).messageId();
    ThumbnailHandler handler = new ThumbnailHandler(aws.env(Map.of("DERIVED_BUCKET", derived)));

    Set<String> deleted = drain(queue, handler);

    assertThat(deleted).hasSize(1).doesNotContain(garbageId);
    assertThat(s3.listObjectsV2(b -> b.bucket(derived)).keyCount()).isEqualTo(3);
    List<Message> dead =
        sqs.receiveMessage(b -> b.queueUrl(dlq).maxNumberOfMessages(10)).messages();
    assertThat(dead).extracting(Message::messageId).containsExactly(garbageId);
  }

  /** Polls until the queue stays empty, deleting what the handler did not report as failed. */
  private Set<String> drain(String queue, ThumbnailHandler handler) {
    Set<String> deleted = new HashSet<>();
    int emptyPolls = 0;
    for (int i = 0; i < 30 && emptyPolls < 3; i++) {
      List<Message> messages =
          sqs.receiveMessage(
                  b ->
                      b.queueUrl(queue)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(1)
                          .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
              .messages();
      if (messages.isEmpty()) {
        emptyPolls++;
        continue;
      }
      emptyPolls = 0;
      SQSBatchResponse response = handler.handleRequest(toEvent(messages), null);
      Set<String> failed = new HashSet<>();
      response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
      for (Message m : messages) {
        if (!failed.contains(m.messageId())) {
          sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
          deleted.add(m.messageId());
        }
      }
    }
    return deleted;
  }

  private static SQSEvent toEvent(List<Message> messages) {
    SQSEvent event = new SQSEvent();
    event.setRecords(
        messages.stream()
            .map(
                m -> {
                  SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
                  record.setMessageId(m.messageId());
                  record.setReceiptHandle(m.receiptHandle());
                  record.setBody(m.body());
                  record.setEventSource("aws:sqs");
                  return record;
                })
            .toList());
    return event;
  }

  private static byte[] jpeg() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }
}
