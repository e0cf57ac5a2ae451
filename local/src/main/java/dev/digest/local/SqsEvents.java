package dev.digest.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Builds the event the Lambda SQS poller hands a function, field for field, so the handler's
 * deserialisation is exercised locally as it is in AWS.
 */
final class SqsEvents {
  /** System attributes in the order Lambda lists them; any others follow alphabetically. */
  private static final List<String> FIRST =
      List.of(
          "ApproximateReceiveCount",
          "SentTimestamp",
          "SenderId",
          "ApproximateFirstReceiveTimestamp");

  private SqsEvents() {}

  /**
   * The event for one batch.
   *
   * @param messages the batch, as received
   * @param queueArn the queue's ARN, for {@code eventSourceARN}
   * @param region the region, for {@code awsRegion}
   */
  static ObjectNode lambdaEvent(List<Message> messages, String queueArn, String region) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode event = nodes.objectNode();
    ArrayNode records = event.putArray("Records");
    for (Message message : messages) {
      ObjectNode record = records.addObject();
      record.put("messageId", message.messageId());
      record.put("receiptHandle", message.receiptHandle());
      record.put("body", message.body());
      ObjectNode attributes = record.putObject("attributes");
      Map<String, String> system = new TreeMap<>(message.attributesAsStrings());
      for (String name : FIRST) {
        String value = system.remove(name);
        if (value != null) {
          attributes.put(name, value);
        }
      }
      system.forEach(attributes::put);
      ObjectNode custom = record.putObject("messageAttributes");
      message.messageAttributes().forEach((name, value) -> custom.set(name, attribute(value)));
      record.put("md5OfBody", message.md5OfBody());
      if (message.md5OfMessageAttributes() != null) {
        record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
      }
      record.put("eventSource", "aws:sqs");
      record.put("eventSourceARN", queueArn);
      record.put("awsRegion", region);
    }
    return event;
  }

  private static ObjectNode attribute(MessageAttributeValue value) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (value.stringValue() != null) {
      node.put("stringValue", value.stringValue());
    }
    if (value.binaryValue() != null) {
      node.put(
          "binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
    }
    ArrayNode strings = node.putArray("stringListValues");
    value.stringListValues().forEach(strings::add);
    ArrayNode binaries = node.putArray("binaryListValues");
    value
        .binaryListValues()
        .forEach(b -> binaries.add(Base64.getEncoder().encodeToString(b.asByteArray())));
    node.put("dataType", value.dataType());
    return node;
  }
}
