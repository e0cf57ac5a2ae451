package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handler wired to in-memory S3, SQS and extraction, as unit tests need it. */
final class Harness {
  static final String UPLOADS = "x-digest-uploads-123456789012";
  static final String DERIVED = "x-digest-derived-123456789012";
  static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/pdf";

  final FakeS3 s3 = new FakeS3();
  final FakeSqs sqs = new FakeSqs();
  final FakeExtraction extraction = new FakeExtraction();
  final PdfTextHandler handler;

  Harness(Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>();
    env.put("DERIVED_BUCKET", DERIVED);
    env.put("PDF_QUEUE_URL", QUEUE);
    env.putAll(extraEnv);
    PdfTextConfig config = PdfTextConfig.fromEnv(Env.of(env));
    handler = new PdfTextHandler(new PdfTextService(s3, sqs, extraction, config));
  }

  Harness() {
    this(Map.of());
  }

  /** Invokes the handler with a JSON text and parses the response. */
  JsonNode invoke(String json, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  /** Delivers message bodies as one SQS batch, as the event source mapping would. */
  JsonNode deliver(List<String> bodies, Context context) {
    return deliver(bodies, context, 1);
  }

  /** Delivers message bodies as one SQS batch, each received {@code receiveCount} times. */
  JsonNode deliver(List<String> bodies, Context context, int receiveCount) {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < bodies.size(); i++) {
      records
          .append(i == 0 ? "" : ",")
          .append(
              Json.write(
                  Map.of(
                      "messageId",
                      "msg-" + i,
                      "eventSource",
                      "aws:sqs",
                      "attributes",
                      Map.of("ApproximateReceiveCount", String.valueOf(receiveCount)),
                      "body",
                      bodies.get(i))));
    }
    return invoke("{\"Records\":[" + records + "]}", context);
  }

  /** Delivers queued job messages until none are left; returns how many were delivered. */
  int drainQueue(Context context) {
    int delivered = 0;
    for (List<String> bodies = sqs.drain(); !bodies.isEmpty(); bodies = sqs.drain()) {
      delivered += bodies.size();
      deliver(bodies, context);
    }
    return delivered;
  }

  /** An EventBridge "Object Created" body for an upload. */
  static String eventBridge(String key) {
    return Json.write(
        Map.of(
            "detail-type",
            "Object Created",
            "source",
            "aws.s3",
            "detail",
            Map.of("bucket", Map.of("name", UPLOADS), "object", Map.of("key", key, "size", 10))));
  }

  JsonNode document(String sourceKey) {
    return Json.parse(s3.get(DERIVED, OutputKeys.document(sourceKey)).text());
  }

  String text(String sourceKey) {
    return s3.get(DERIVED, OutputKeys.text(sourceKey)).text();
  }
}
