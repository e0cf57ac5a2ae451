package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class SqsEventsTest {
  private static final String ARN = "arn:aws:sqs:us-east-1:000000000000:local-ThumbnailQueue";

  private static Message message(String id, String body) {
    return Message.builder()
        .messageId(id)
        .receiptHandle("handle-" + id)
        .body(body)
        .md5OfBody("md5-" + id)
        .attributes(
            Map.of(
                MessageSystemAttributeName.SENDER_ID, "127.0.0.1",
                MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP, "1700000000001",
                MessageSystemAttributeName.SENT_TIMESTAMP, "1700000000000",
                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2"))
        .build();
  }

  @Test
  void lambdaEvent_deserialisedAsTheRuntimeDoes_keepsEveryField() {
    ObjectNode event = SqsEvents.lambdaEvent(List.of(message("m1", "{\"a\":1}")), ARN, "us-east-1");
    PojoSerializer<SQSEvent> serializer =
        LambdaEventSerializers.serializerFor(SQSEvent.class, SqsEventsTest.class.getClassLoader());

    SQSEvent parsed = serializer.fromJson(Json.write(event));

    SQSEvent.SQSMessage record = parsed.getRecords().get(0);
    assertThat(record.getMessageId()).isEqualTo("m1");
    assertThat(record.getReceiptHandle()).isEqualTo("handle-m1");
    assertThat(record.getBody()).isEqualTo("{\"a\":1}");
    assertThat(record.getMd5OfBody()).isEqualTo("md5-m1");
    assertThat(record.getEventSource()).isEqualTo("aws:sqs");
    assertThat(record.getEventSourceArn()).isEqualTo(ARN);
    assertThat(record.getAwsRegion()).isEqualTo("us-east-1");
    assertThat(record.getAttributes())
        .containsEntry("ApproximateReceiveCount", "2")
        .containsEntry("SentTimestamp", "1700000000000");
  }

  @Test
  void lambdaEvent_shape_matchesTheSampleEvent() throws IOException {
    Path sample = Path.of("..", "events", "thumbnail-sqs-eventbridge.json");
    Assumptions.assumeTrue(Files.isRegularFile(sample));
    JsonNode expected = Json.parse(Files.readString(sample)).path("Records").get(0);

    JsonNode record =
        SqsEvents.lambdaEvent(List.of(message("m1", "{}")), ARN, "us-east-1")
            .path("Records")
            .get(0);

    assertThat(names(record)).isEqualTo(names(expected));
    assertThat(names(record.path("attributes"))).isEqualTo(names(expected.path("attributes")));
  }

  @Test
  void lambdaEvent_messageAttributes_useLambdasLayout() {
    Message message =
        message("m1", "{}").toBuilder()
            .messageAttributes(
                Map.of(
                    "kind",
                    MessageAttributeValue.builder().dataType("String").stringValue("x").build(),
                    "blob",
                    MessageAttributeValue.builder()
                        .dataType("Binary")
                        .binaryValue(SdkBytes.fromUtf8String("hi"))
                        .build()))
            .build();

    JsonNode attributes =
        SqsEvents.lambdaEvent(List.of(message), ARN, "us-east-1")
            .at("/Records/0/messageAttributes");

    assertThat(attributes.path("kind").toString())
        .isEqualTo(
            "{\"stringValue\":\"x\",\"stringListValues\":[],\"binaryListValues\":[],\"dataType\":\"String\"}");
    assertThat(attributes.at("/blob/binaryValue").asText()).isEqualTo("aGk=");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
