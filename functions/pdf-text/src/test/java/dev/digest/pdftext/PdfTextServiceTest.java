package dev.digest.pdftext;

import static dev.digest.pdftext.Harness.DERIVED;
import static dev.digest.pdftext.Harness.UPLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfTextServiceTest {
  private static final String KEY = "uploads/docs/report.pdf";
  private static final FakeContext SHORT_OF_TIME = new FakeContext(20_000);
  private static final FakeContext PLENTY = new FakeContext(600_000);

  @Test
  void chunks_littleTimeLeft_onePagePerChunkThenAssembledInOrder() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=4"));

    JsonNode first = h.deliver(List.of(Harness.eventBridge(KEY)), SHORT_OF_TIME);

    assertThat(first.get("batchItemFailures")).isEmpty();
    assertThat(h.s3.keys(DERIVED)).containsExactly(partKey(h, 1, 1));
    JsonNode job = Json.parse(h.sqs.sent.get(0).messageBody());
    assertThat(job.get("type").asText()).isEqualTo("pdf-text-job");
    assertThat(job.get("firstPage").asInt()).isEqualTo(2);
    assertThat(job.get("chunk").asInt()).isEqualTo(2);
    assertThat(h.sqs.sent.get(0).queueUrl()).isEqualTo(Harness.QUEUE);

    assertThat(h.drainQueue(SHORT_OF_TIME)).isEqualTo(3);

    JsonNode doc = h.document(KEY);
    assertThat(doc.get("status").asText()).isEqualTo("ok");
    assertThat(doc.get("chunks").asInt()).isEqualTo(4);
    assertThat(doc.get("pages"))
        .extracting(p -> p.get("number").asInt())
        .containsExactly(1, 2, 3, 4);
    assertThat(h.text(KEY)).isEqualTo("Page 1 text\fPage 2 text\fPage 3 text\fPage 4 text");
    assertThat(h.s3.keys(DERIVED)).noneMatch(k -> k.startsWith("pdf-parts/"));
    assertThat(h.extraction.closed).isEqualTo(h.extraction.opened);
  }

  @Test
  void chunks_maxPagesPerChunk_limitsEachChunk() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "2"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=5"));

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    h.drainQueue(PLENTY);

    assertThat(h.document(KEY).get("chunks").asInt()).isEqualTo(3);
    assertThat(h.document(KEY).get("pageCount").asInt()).isEqualTo(5);
  }

  @Test
  void chunks_sourceOverwrittenBetweenChunks_staleJobStopsAndRemovesItsParts() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=3"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    List<String> continuation = h.sqs.drain();

    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nversion=2"));
    JsonNode response = h.deliver(continuation, PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.sqs.sent).isEmpty();
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void chunks_duplicateOfFinalChunkAfterAssembly_isAcknowledgedWithoutRewriting() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    List<String> last = h.sqs.drain();
    h.deliver(last, PLENTY);
    String written = h.s3.get(DERIVED, OutputKeys.document(KEY)).text();

    JsonNode response = h.deliver(last, PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).text()).isEqualTo(written);
  }

  @Test
  void chunks_partsLostBeforeAssembly_recordFailsForRetry() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    h.s3.keys(DERIVED).forEach(k -> h.s3.remove(DERIVED, k));

    JsonNode response = h.deliver(h.sqs.drain(), PLENTY);

    assertThat(response.get("batchItemFailures"))
        .extracting(f -> f.get("itemIdentifier").asText())
        .containsExactly("msg-0");
    assertThat(h.s3.keys(DERIVED)).isEmpty();
  }

  @Test
  void images_designHeavyDocument_exportedToS3AndListedPerPage() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=2"));

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    JsonNode doc = h.document(KEY);
    assertThat(doc.at("/layout/designHeavy").asBoolean()).isTrue();
    assertThat(doc.get("images")).hasSize(4);
    assertThat(doc.at("/images/0/key").asText()).isEqualTo("pdf/" + KEY + "/images/p1-1.png");
    assertThat(doc.at("/pages/1/images/1").asText()).isEqualTo("pdf/" + KEY + "/images/p2-2.png");
    FakeS3.Stored image = h.s3.get(DERIVED, "pdf/" + KEY + "/images/p2-1.png");
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.metadata()).containsEntry("source-key", KEY);
  }

  @Test
  void images_newVersionWithoutImages_removesTheOldImages() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=1"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(h.s3.keys(DERIVED)).containsExactly(OutputKeys.document(KEY), OutputKeys.text(KEY));
  }

  @Test
  void encrypted_previousOutputs_replacedByEncryptedDocumentAndEmptyText() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1\nimages=1"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("encrypted"));
    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    JsonNode doc = h.document(KEY);
    assertThat(doc.get("status").asText()).isEqualTo("encrypted");
    assertThat(doc.at("/error/reason").asText()).isEqualTo("encrypted");
    assertThat(doc.at("/error/message").asText()).contains("password");
    assertThat(doc.get("pages")).isEmpty();
    assertThat(h.text(KEY)).isEmpty();
    assertThat(h.s3.keys(DERIVED)).hasSize(2);
  }

  @Test
  void outputs_sameUploadTwice_identicalOutputs() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=3"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    String document = h.s3.get(DERIVED, OutputKeys.document(KEY)).text();

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).text()).isEqualTo(document);
    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).metadata())
        .containsEntry("source-key", KEY)
        .containsEntry("source-etag", h.s3.get(UPLOADS, KEY).eTag());
  }

  @Test
  void document_fieldOrder_isTheDocumentedSchemaOrder() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    List<String> fields = new java.util.ArrayList<>();
    h.document(KEY).fieldNames().forEachRemaining(fields::add);
    List<String> pageFields = new java.util.ArrayList<>();
    h.document(KEY).at("/pages/0").fieldNames().forEachRemaining(pageFields::add);

    assertThat(fields)
        .containsExactly(
            "schemaVersion",
            "status",
            "error",
            "source",
            "title",
            "author",
            "producer",
            "pdfVersion",
            "pageCount",
            "encrypted",
            "layout",
            "chunks",
            "pages",
            "images",
            "warnings");
    assertThat(pageFields)
        .containsExactly(
            "number",
            "width",
            "height",
            "text",
            "wordCount",
            "hasTextLayer",
            "needsOcr",
            "imageCount",
            "imageCoverage",
            "tables",
            "warnings",
            "images");
  }

  private static String partKey(Harness h, int from, int to) {
    return OutputKeys.part(KEY, h.s3.get(UPLOADS, KEY).eTag(), from, to);
  }
}
