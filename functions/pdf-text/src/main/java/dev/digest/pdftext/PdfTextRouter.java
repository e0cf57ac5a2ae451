package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.batch.SqsBatch;
import dev.digest.shared.json.Json;
import dev.digest.shared.s3.S3Events;
import dev.digest.shared.s3.S3ObjectRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the function's two kinds of input apart, an SQS batch from its queue and a direct invoke,
 * and turns each into service calls, so Lambda's event shapes stop here.
 */
final class PdfTextRouter {
  /** The SQS record attribute that counts deliveries. */
  static final String RECEIVE_COUNT = "ApproximateReceiveCount";

  private final PdfTextService service;

  PdfTextRouter(PdfTextService service) {
    this.service = service;
  }

  /**
   * Handles one invocation.
   *
   * @return an {@code SQSBatchResponse} for a batch; for a direct invoke the document, a pointer to
   *     it, or an error response
   */
  Object route(byte[] input, Context context) {
    JsonNode root;
    try {
      root = Json.parse(new String(input, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return new InvokeResponses.ErrorResponse(
          "invalid-request", "The request is not JSON: " + InvokeRequest.echo(e.getMessage()));
    }
    if (isSqsBatch(root)) {
      return SqsBatch.process(
          toEvent(root), context, m -> handleMessage(m.getBody(), receiveCount(m), context));
    }
    try {
      return InvokeResponses.of(invoke(InvokeRequest.parse(root), context), service.config());
    } catch (InvalidRequestException e) {
      return new InvokeResponses.ErrorResponse(e.reason(), e.getMessage());
    }
  }

  private Outcome invoke(InvokeRequest request, Context context) {
    return switch (request) {
      case InvokeRequest.FromS3 s3 when s3.async() ->
          service.enqueue(new S3ObjectRef(s3.bucket(), s3.key(), -1, null));
      case InvokeRequest.FromS3 s3 ->
          service.extractNow(new S3ObjectRef(s3.bucket(), s3.key(), -1, null), context);
      case InvokeRequest.Inline inline ->
          service.extractInline(
              InlinePdf.decode(inline.pdfBase64(), service.config().maxInlineBytes()), context);
    };
  }

  /**
   * One queue message: a job this function queued, or an S3 event. A body that is neither fails, so
   * after the queue's receive limit it is kept in the dead-letter queue, as with the other upload
   * consumers, rather than dropped.
   */
  private void handleMessage(String body, int receiveCount, Context context) {
    JsonNode message;
    try {
      message = Json.parse(body == null ? "" : body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Message body is not JSON: " + e.getMessage(), e);
    }
    if (PdfJob.isJob(message)) {
      service.processJob(PdfJob.parse(message), receiveCount, context);
      return;
    }
    List<S3ObjectRef> sources;
    try {
      sources = S3Events.parse(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ", nor a " + PdfJob.TYPE + " message", e);
    }
    for (S3ObjectRef source : sources) {
      service.processUpload(source, receiveCount, context);
    }
  }

  /** The record's {@code ApproximateReceiveCount}, or 0 when it is missing or not a number. */
  private static int receiveCount(SQSEvent.SQSMessage message) {
    Map<String, String> attributes = message.getAttributes();
    String count = attributes == null ? null : attributes.get(RECEIVE_COUNT);
    try {
      return count == null ? 0 : Integer.parseInt(count.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** An SQS event: {@code Records} whose every {@code eventSource} is {@code aws:sqs}. */
  private static boolean isSqsBatch(JsonNode root) {
    JsonNode records = root.path("Records");
    if (!records.isArray() || records.isEmpty()) {
      return false;
    }
    for (JsonNode record : records) {
      if (!"aws:sqs".equals(record.path("eventSource").asText())) {
        return false;
      }
    }
    return true;
  }

  private static SQSEvent toEvent(JsonNode root) {
    List<SQSEvent.SQSMessage> messages = new ArrayList<>();
    for (JsonNode record : root.get("Records")) {
      SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
      message.setMessageId(record.path("messageId").asText());
      message.setBody(record.path("body").isTextual() ? record.path("body").asText() : null);
      message.setEventSource(record.path("eventSource").asText());
      Map<String, String> attributes = new HashMap<>();
      record
          .path("attributes")
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isValueNode()) {
                  attributes.put(e.getKey(), e.getValue().asText());
                }
              });
      message.setAttributes(attributes);
      messages.add(message);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(messages);
    return event;
  }
}
