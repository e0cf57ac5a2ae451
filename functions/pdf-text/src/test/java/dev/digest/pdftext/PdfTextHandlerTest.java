package dev.digest.pdftext;

import static dev.digest.pdftext.Harness.DERIVED;
import static dev.digest.pdftext.Harness.UPLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Exception;

class PdfTextHandlerTest {
  private static final String KEY = "uploads/docs/report.pdf";
  private static final FakeContext PLENTY = new FakeContext(600_000);

  private final Harness h = new Harness();

  @Test
  void sqsBatch_eventBridgeUpload_writesOutputsAndReportsNoFailure() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));

    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.toString()).isEqualTo("{\"batchItemFailures\":[]}");
    assertThat(h.document(KEY).at("/source/bucket").asText()).isEqualTo(UPLOADS);
    assertThat(h.document(KEY).get("pageCount").asInt()).isEqualTo(2);
  }

  @Test
  void sqsBatch_jobMessage_runsTheJob() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));
    String job =
        Json.write(
            new PdfJob(PdfJob.TYPE, "job-1", UPLOADS, KEY, h.s3.get(UPLOADS, KEY).eTag(), 1, 1));

    h.deliver(List.of(job), PLENTY);

    assertThat(h.document(KEY).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void sqsBatch_bodyNeitherEventNorJob_failsForTheDeadLetterQueueAndNothingWritten() {
    JsonNode response = h.deliver(List.of("not json", "{\"hello\":1}"), PLENTY);

    assertThat(response.get("batchItemFailures"))
        .extracting(f -> f.get("itemIdentifier").asText())
        .containsExactly("msg-0", "msg-1");
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void sqsBatch_jobWithoutKey_failsForTheDeadLetterQueue() {
    JsonNode response =
        h.deliver(List.of("{\"type\":\"pdf-text-job\",\"bucket\":\"b\",\"firstPage\":1}"), PLENTY);

    assertThat(response.get("batchItemFailures")).hasSize(1);
  }

  @Test
  void sqsBatch_s3Fails_onlyThatRecordIsReportedForRetry() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));
    h.s3.failGets(S3Exception.builder().statusCode(503).message("Slow Down").build());

    JsonNode response =
        h.deliver(
            List.of(Harness.eventBridge("elsewhere/other.pdf"), Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures"))
        .extracting(f -> f.get("itemIdentifier").asText())
        .containsExactly("msg-1");
  }

  @Test
  void sqsBatch_notAPdf_skippedWithoutOutputs() {
    h.s3.put(UPLOADS, KEY, "just some text named .pdf".getBytes());

    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void sqsBatch_overSizeLimit_rejectedWithoutOutputs() {
    Harness small = new Harness(Map.of("MAX_UPLOAD_BYTES", "20"));
    small.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1\npadding=xxxxxxxxxxxx"));

    JsonNode response = small.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(small.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void sqsBatch_keyOutsideUploadPrefix_skipped() {
    h.s3.put(UPLOADS, "other/report.pdf", FakeExtraction.pdf("pages=1"));

    h.deliver(List.of(Harness.eventBridge("other/report.pdf")), PLENTY);

    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void invoke_bucketAndKey_returnsTheDocument() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));

    JsonNode response = invoke(Map.of("bucket", UPLOADS, "key", KEY));

    assertThat(response.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(response.get("status").asText()).isEqualTo("ok");
    assertThat(response.at("/pages/1/text").asText()).isEqualTo("Page 2 text");
    assertThat(h.s3.keys(DERIVED)).contains(OutputKeys.document(KEY));
  }

  @Test
  void invoke_documentOverResponseLimit_returnsPointerToS3() {
    Harness small = new Harness(Map.of("MAX_RESPONSE_BYTES", "200"));
    small.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=3"));

    JsonNode response = small.invoke(Json.write(Map.of("bucket", UPLOADS, "key", KEY)), PLENTY);

    assertThat(response.get("state").asText()).isEqualTo("done");
    assertThat(response.get("status").asText()).isEqualTo("ok");
    assertThat(response.get("truncated").asBoolean()).isTrue();
    assertThat(response.get("pageCount").asInt()).isEqualTo(3);
    assertThat(response.get("documentUri").asText())
        .isEqualTo("s3://" + DERIVED + "/pdf/" + KEY + "/document.json");
    assertThat(response.get("textUri").asText())
        .isEqualTo("s3://" + DERIVED + "/pdf/" + KEY + "/text.txt");
    assertThat(response.has("pages")).isFalse();
  }

  @Test
  void invoke_documentNeedingChunks_returnsContinuingPointerWithJobId() {
    Harness chunked = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "2"));
    chunked.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=3"));

    JsonNode response = chunked.invoke(Json.write(Map.of("bucket", UPLOADS, "key", KEY)), PLENTY);

    assertThat(response.get("state").asText()).isEqualTo("continuing");
    String jobId = response.get("jobId").asText();
    assertThat(Json.parse(chunked.sqs.sent.get(0).messageBody()).get("jobId").asText())
        .isEqualTo(jobId);
    chunked.drainQueue(PLENTY);
    assertThat(chunked.document(KEY).get("chunks").asInt()).isEqualTo(2);
  }

  @Test
  void invoke_async_queuesAJobAndReturnsAtOnce() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));

    JsonNode response = invoke(Map.of("bucket", UPLOADS, "key", KEY, "async", true));

    assertThat(response.get("state").asText()).isEqualTo("queued");
    assertThat(response.get("documentUri").asText())
        .isEqualTo("s3://" + DERIVED + "/pdf/" + KEY + "/document.json");
    JsonNode job = Json.parse(h.sqs.sent.get(0).messageBody());
    assertThat(job.get("jobId").asText()).isEqualTo(response.get("jobId").asText());
    assertThat(job.get("etag").asText()).isEqualTo(h.s3.get(UPLOADS, KEY).eTag());
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void invoke_keyOutsideUploads_errorNamesThePrefix() {
    JsonNode response = invoke(Map.of("bucket", UPLOADS, "key", "private/report.pdf"));

    assertThat(response.get("status").asText()).isEqualTo("error");
    assertThat(response.at("/error/reason").asText()).isEqualTo("not-an-upload");
    assertThat(response.at("/error/message").asText()).contains("'uploads/'");
  }

  @Test
  void invoke_derivedBucket_errorNamesIt() {
    JsonNode response = invoke(Map.of("bucket", DERIVED, "key", "uploads/a.pdf", "async", true));

    assertThat(response.at("/error/reason").asText()).isEqualTo("not-an-upload");
    assertThat(response.at("/error/message").asText()).contains("derived bucket");
    assertThat(h.sqs.sent).isEmpty();
  }

  @Test
  void invoke_missingObject_notFound() {
    assertThat(invoke(Map.of("bucket", UPLOADS, "key", KEY)).at("/error/reason").asText())
        .isEqualTo("not-found");
    assertThat(
            invoke(Map.of("bucket", UPLOADS, "key", KEY, "async", true))
                .at("/error/reason")
                .asText())
        .isEqualTo("not-found");
  }

  @Test
  void invoke_encryptedUpload_returnsEncryptedDocument() {
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("encrypted"));

    JsonNode response = invoke(Map.of("bucket", UPLOADS, "key", KEY));

    assertThat(response.get("status").asText()).isEqualTo("encrypted");
    assertThat(response.get("encrypted").asBoolean()).isTrue();
  }

  @Test
  void invoke_inline_returnsDocumentAndWritesNothing() {
    byte[] pdf = FakeExtraction.pdf("pages=2");

    JsonNode response = invoke(Map.of("pdfBase64", Base64.getEncoder().encodeToString(pdf)));

    assertThat(response.get("status").asText()).isEqualTo("ok");
    assertThat(response.at("/source/key").asText())
        .isEqualTo("inline/" + InlinePdf.sha256Hex(pdf) + ".pdf");
    assertThat(response.at("/source/bucket").isNull()).isTrue();
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void invoke_inlineWithImages_writesOutputsUnderInlineKey() {
    byte[] pdf = FakeExtraction.pdf("pages=1\nimages=1");
    String prefix = "pdf/inline/" + InlinePdf.sha256Hex(pdf) + ".pdf/";

    JsonNode response = invoke(Map.of("pdfBase64", Base64.getEncoder().encodeToString(pdf)));

    assertThat(response.at("/images/0/key").asText()).isEqualTo(prefix + "images/p1-1.png");
    assertThat(h.s3.keys(DERIVED))
        .containsExactly(prefix + "document.json", prefix + "images/p1-1.png", prefix + "text.txt");
  }

  @Test
  void invoke_inlineOutOfTime_returnsPagesDoneWithWarning() {
    byte[] pdf = FakeExtraction.pdf("pages=3");

    JsonNode response =
        h.invoke(
            Json.write(Map.of("pdfBase64", Base64.getEncoder().encodeToString(pdf))),
            new FakeContext(20_000));

    assertThat(response.get("pageCount").asInt()).isEqualTo(3);
    assertThat(response.get("pages")).hasSize(1);
    assertThat(response.at("/warnings/0").asText()).startsWith("Stopped after page 1 of 3");
  }

  @Test
  void invoke_inlineNotAPdf_errorNamesWhatItIs() {
    JsonNode response =
        invoke(Map.of("pdfBase64", Base64.getEncoder().encodeToString("hello".getBytes())));

    assertThat(response.at("/error/reason").asText()).isEqualTo("not-a-pdf");
    assertThat(response.at("/error/message").asText()).contains("text");
  }

  @Test
  void invoke_inlineInvalidBase64_errorResponse() {
    JsonNode response = invoke(Map.of("pdfBase64", "JVBER!!!"));

    assertThat(response.at("/error/reason").asText()).isEqualTo("invalid-base64");
  }

  @Test
  void invoke_unknownShape_errorNamesTheFieldsAndTheShapes() {
    JsonNode response = invoke(Map.of("url", "https://example.com/a.pdf"));

    assertThat(response.get("status").asText()).isEqualTo("error");
    assertThat(response.at("/error/reason").asText()).isEqualTo("invalid-request");
    assertThat(response.at("/error/message").asText()).contains("[url]").contains("pdfBase64");
  }

  @Test
  void invoke_bucketWithoutKey_errorNamesKey() {
    JsonNode response = invoke(Map.of("bucket", UPLOADS));

    assertThat(response.at("/error/message").asText()).contains("key");
  }

  @Test
  void invoke_asyncNotBoolean_errorNamesAsync() {
    JsonNode response = invoke(Map.of("bucket", UPLOADS, "key", KEY, "async", "yes"));

    assertThat(response.at("/error/message").asText()).startsWith("async must be");
  }

  @Test
  void invoke_hugeValuesInABadRequest_errorEchoesAtMost200CharactersOfEach() {
    String huge = "x".repeat(1_000_000);

    List<JsonNode> responses =
        List.of(
            invoke(Map.of("x".repeat(40_000), 1)),
            invoke(Map.of("bucket", UPLOADS, "key", KEY, "async", huge)),
            invoke(Map.of("bucket", UPLOADS, "key", "uploads/" + huge + ".pdf")),
            invoke(Map.of("bucket", huge, "key", KEY)),
            h.invoke("{\"bucket\": " + huge + "}", PLENTY));

    for (JsonNode response : responses) {
      assertThat(response.at("/error/reason").asText()).isEqualTo("invalid-request");
      assertThat(response.toString().length()).isLessThan(1_000);
    }
    assertThat(responses.get(0).at("/error/message").asText())
        .contains("xxx… (40002 characters)")
        .doesNotContain("x".repeat(201));
    assertThat(responses.get(2).at("/error/message").asText()).contains("longer than S3's 1024");
  }

  @Test
  void invoke_notJson_errorResponse() {
    JsonNode response = h.invoke("<xml/>", PLENTY);

    assertThat(response.at("/error/reason").asText()).isEqualTo("invalid-request");
    assertThat(response.at("/error/message").asText()).startsWith("The request is not JSON");
  }

  @Test
  void invoke_s3NotificationDirectly_isNotTakenForAQueueBatch() {
    JsonNode response = h.invoke("{\"Records\":[{\"eventSource\":\"aws:s3\"}]}", PLENTY);

    assertThat(response.at("/error/reason").asText()).isEqualTo("invalid-request");
  }

  @Test
  void beforeCheckpoint_warmsUpWithoutWritingOrQueueing() {
    h.handler.beforeCheckpoint(null);

    assertThat(h.extraction.opened).isEqualTo(1);
    assertThat(h.extraction.closed).isEqualTo(1);
    assertThat(h.s3.keys(DERIVED)).isEmpty();
    assertThat(h.sqs.sent).isEmpty();
  }

  private JsonNode invoke(Map<String, Object> request) {
    return h.invoke(Json.write(request), PLENTY);
  }
}
