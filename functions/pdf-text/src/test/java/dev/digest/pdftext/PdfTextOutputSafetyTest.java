package dev.digest.pdftext;

import static dev.digest.pdftext.Harness.DERIVED;
import static dev.digest.pdftext.Harness.UPLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Outputs stay with the upload and version they belong to: keys of other uploads under the same
 * prefix, stale versions, keys too long for S3, and metadata too large for S3.
 */
class PdfTextOutputSafetyTest {
  private static final String KEY = "uploads/docs/report.pdf";
  private static final FakeContext PLENTY = new FakeContext(600_000);

  @Test
  void images_uploadNestedUnderAnotherUploadsImagesPrefix_keepsItsOutputs() {
    Harness h = new Harness();
    String outer = "uploads/a.pdf";
    String nested = "uploads/a.pdf/images/b.pdf";
    h.s3.put(UPLOADS, nested, FakeExtraction.pdf("pages=1\nimages=1"));
    h.deliver(List.of(Harness.eventBridge(nested)), PLENTY);
    List<String> nestedOutputs = h.s3.keys(DERIVED);

    h.s3.put(UPLOADS, outer, FakeExtraction.pdf("pages=1\nimages=1"));
    h.deliver(List.of(Harness.eventBridge(outer)), PLENTY);

    assertThat(nestedOutputs)
        .contains(OutputKeys.document(nested), OutputKeys.image(nested, 1, 1, "png"));
    assertThat(h.s3.keys(DERIVED)).containsAll(nestedOutputs);
    assertThat(h.document(nested).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void chunks_uploadNestedUnderAnotherUploadsPartsPrefix_neitherMergedNorDeleted() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    String outer = "uploads/a.pdf";
    h.s3.put(UPLOADS, outer, FakeExtraction.pdf("pages=2"));
    String nested = outer + "/" + h.s3.get(UPLOADS, outer).eTag() + "/c.pdf";
    h.s3.put(UPLOADS, nested, FakeExtraction.pdf("pages=2\nnested"));
    h.deliver(List.of(Harness.eventBridge(outer)), PLENTY);
    List<String> outerNext = h.sqs.drain();
    h.deliver(List.of(Harness.eventBridge(nested)), PLENTY);
    List<String> nestedNext = h.sqs.drain();
    String nestedPart = OutputKeys.part(nested, h.s3.get(UPLOADS, nested).eTag(), 1, 1);
    assertThat(nestedPart)
        .startsWith(OutputKeys.partsPrefix(outer, h.s3.get(UPLOADS, outer).eTag()));

    h.deliver(outerNext, PLENTY);

    assertThat(h.document(outer).get("pageCount").asInt()).isEqualTo(2);
    assertThat(h.s3.keys(DERIVED)).contains(nestedPart);
    JsonNode response = h.deliver(nestedNext, PLENTY);
    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.document(nested).get("pages")).hasSize(2);
  }

  @Test
  void images_staleVersionFinishesAfterNewerCommitted_newerOutputsUntouched() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1\nimages=2\ntag=v1"));
    // v1 is slow: v2 is uploaded and fully processed while v1 exports its images.
    h.extraction.beforeNextExport =
        () -> {
          h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1\nimages=1\ntag=v2"));
          h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
        };

    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    String image = OutputKeys.image(KEY, 1, 1, "png");
    assertThat(h.s3.keys(DERIVED))
        .containsExactly(OutputKeys.document(KEY), image, OutputKeys.text(KEY));
    assertThat(h.s3.get(DERIVED, image).text()).isEqualTo("image 1-1v2");
    assertThat(h.document(KEY).at("/source/eTag").asText())
        .isEqualTo(h.s3.get(UPLOADS, KEY).eTag());
    assertThat(h.document(KEY).get("images")).hasSize(1);
  }

  @Test
  void images_currentVersion_stagedThenCopiedAndStagingRemoved() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=1"));

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(h.s3.copies).isEqualTo(2);
    assertThat(h.s3.keys(DERIVED)).noneMatch(k -> k.startsWith(OutputKeys.PARTS_PREFIX));
    assertThat(h.s3.get(DERIVED, OutputKeys.image(KEY, 2, 1, "png")).metadata())
        .containsEntry("source-key", KEY)
        .containsEntry("source-etag", h.s3.get(UPLOADS, KEY).eTag());
  }

  @Test
  void encrypted_staleVersionFailsAfterNewerCommitted_newerDocumentKept() {
    Harness h = new Harness();
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("encrypted"));
    h.extraction.beforeNextOpen =
        () -> {
          h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));
          h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
        };

    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.document(KEY).get("status").asText()).isEqualTo("ok");
    assertThat(h.text(KEY)).isEqualTo("Page 1 text");
  }

  /**
   * The longest key of a one-page upload is its staged image, {@code pdf-parts/<key>/<32-character
   * etag>/images/p1-500.<4 letters>}: 62 bytes more than the key, so 962 bytes is the longest key
   * accepted. Ten pages add a digit. 1,007 to 1,011 bytes fit {@code text.txt} but not {@code
   * document.json}; over 1,006 not even the document fits.
   */
  @ParameterizedTest
  @CsvSource({
    "962, 1, ok",
    "963, 1, key-too-long",
    "961, 10, ok",
    "962, 10, key-too-long",
    "1009, 1, key-too-long",
    "1020, 1, key-too-long"
  })
  void keys_longUploadKeys_processedWholeOrRejectedWithoutOutputs(
      int keyBytes, int pages, String expected) {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "4"));
    String key = "uploads/" + "k".repeat(keyBytes - "uploads/".length() - 4) + ".pdf";
    assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSize(keyBytes);
    h.s3.put(UPLOADS, key, FakeExtraction.pdf("pages=" + pages + "\nimages=1"));

    JsonNode response = h.deliver(List.of(Harness.eventBridge(key)), PLENTY);
    h.drainQueue(PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    if (expected.equals("ok")) {
      assertThat(h.document(key).get("status").asText()).isEqualTo("ok");
      assertThat(h.document(key).get("images")).hasSize(pages);
      assertThat(h.s3.keys(DERIVED)).hasSize(2 + pages);
    } else {
      assertThat(h.s3.keys(DERIVED)).isEmpty();
      assertThat(h.sqs.sent).isEmpty();
      JsonNode invoked = h.invoke(Json.write(Map.of("bucket", UPLOADS, "key", key)), PLENTY);
      assertThat(invoked.at("/error/reason").asText()).isEqualTo("key-too-long");
      assertThat(invoked.at("/error/message").asText()).contains("1024");
      assertThat(h.s3.keys(DERIVED)).isEmpty();
    }
  }

  @Test
  void metadata_keyWhoseEncodingPassesTwoKilobytes_storesItsSha256Instead() {
    Harness h = new Harness();
    String key = "uploads/" + "文".repeat(230) + ".pdf";
    h.s3.put(UPLOADS, key, FakeExtraction.pdf("pages=1\nimages=1"));

    JsonNode response = h.deliver(List.of(Harness.eventBridge(key)), PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.document(key).get("status").asText()).isEqualTo("ok");
    for (String output : h.s3.keys(DERIVED)) {
      assertThat(h.s3.get(DERIVED, output).metadata())
          .doesNotContainKey("source-key")
          .containsEntry(
              "source-key-sha256", InlinePdf.sha256Hex(key.getBytes(StandardCharsets.UTF_8)))
          .containsEntry("source-etag", h.s3.get(UPLOADS, key).eTag());
    }
  }

  @Test
  void metadata_nonAsciiKeyWithinTwoKilobytes_keepsTheEncodedKey() {
    Harness h = new Harness();
    String key = "uploads/" + "文".repeat(200) + ".pdf";
    h.s3.put(UPLOADS, key, FakeExtraction.pdf("pages=1"));

    h.deliver(List.of(Harness.eventBridge(key)), PLENTY);

    String encoded = h.s3.get(DERIVED, OutputKeys.document(key)).metadata().get("source-key");
    assertThat(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(key);
  }

  @Test
  void images_manyOnOnePage_timeCheckedPerImage() {
    Harness h = new Harness();
    FakeContext context = new FakeContext(600_000);
    h.extraction.afterImage =
        (page, n) -> {
          if (page == 1 && n == 2) {
            context.setRemainingMillis(10_000);
          }
        };
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=5"));

    h.deliver(List.of(Harness.eventBridge(KEY)), context);

    JsonNode doc = h.document(KEY);
    assertThat(doc.get("images")).hasSize(2);
    assertThat(doc.at("/warnings/0").asText())
        .isEqualTo(
            "Images from page 1 (image 3) on were not exported: the invocation ran out of time");
    assertThat(h.s3.keys(DERIVED)).hasSize(4);
  }

  @Test
  void images_overTheCap_exportStopsWithAWarning() {
    Harness h = new Harness(Map.of("MAX_EXPORTED_IMAGES", "3"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=2"));

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);

    JsonNode doc = h.document(KEY);
    assertThat(doc.get("images"))
        .extracting(i -> i.get("key").asText())
        .containsExactly(
            OutputKeys.image(KEY, 1, 1, "png"),
            OutputKeys.image(KEY, 1, 2, "png"),
            OutputKeys.image(KEY, 2, 1, "png"));
    assertThat(doc.at("/warnings/0").asText())
        .isEqualTo(
            "Images from page 2 (image 2) on were not exported: the document reached the limit"
                + " of 3 exported images");
  }

  @Test
  void lastDelivery_partsLost_failedDocumentWrittenAndRecordStillFails() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2\nimages=1"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    h.s3.keys(DERIVED).forEach(k -> h.s3.remove(DERIVED, k));
    List<String> last = h.sqs.drain();

    JsonNode early = h.deliver(last, PLENTY, 2);
    assertThat(early.get("batchItemFailures")).hasSize(1);
    assertThat(h.s3.keys(DERIVED)).isEmpty();

    JsonNode response = h.deliver(last, PLENTY, 3);

    assertThat(response.get("batchItemFailures"))
        .extracting(f -> f.get("itemIdentifier").asText())
        .containsExactly("msg-0");
    JsonNode doc = h.document(KEY);
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("status").asText()).isEqualTo("failed");
    assertThat(doc.at("/error/reason").asText()).isEqualTo("failed");
    assertThat(doc.at("/error/message").asText())
        .contains("delivery 3 of 3")
        .contains("dead-letter queue")
        .contains("are missing");
    assertThat(doc.at("/source/eTag").asText()).isEqualTo(h.s3.get(UPLOADS, KEY).eTag());
    assertThat(h.text(KEY)).isEmpty();
    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).metadata())
        .containsEntry("document-status", "failed");
  }

  @Test
  void lastDelivery_s3Failing_failedDocumentNamesTheError() {
    Harness h = new Harness(Map.of("MAX_RECEIVE_COUNT", "5"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=1"));
    h.s3.failGets(S3Exception.builder().statusCode(503).message("Slow Down").build());

    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY, 3);
    assertThat(h.s3.keys(DERIVED)).isEmpty();
    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY, 5);

    assertThat(response.get("batchItemFailures")).hasSize(1);
    assertThat(h.document(KEY).get("status").asText()).isEqualTo("failed");
    assertThat(h.document(KEY).at("/error/message").asText()).contains("Slow Down");
  }

  @Test
  void lastDelivery_versionAlreadyHasAFinishedDocument_documentKept() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=2"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    h.drainQueue(PLENTY);
    String written = h.s3.get(DERIVED, OutputKeys.document(KEY)).text();
    h.s3.failGets(S3Exception.builder().statusCode(503).message("Slow Down").build());

    JsonNode response = h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY, 3);

    assertThat(response.get("batchItemFailures")).hasSize(1);
    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).text()).isEqualTo(written);
  }

  @Test
  void chunks_lateDuplicateOfAMiddleChunk_skippedWithoutRerunningTheRest() {
    Harness h = new Harness(Map.of("MAX_PAGES_PER_CHUNK", "1"));
    h.s3.put(UPLOADS, KEY, FakeExtraction.pdf("pages=3"));
    h.deliver(List.of(Harness.eventBridge(KEY)), PLENTY);
    List<String> middle = h.sqs.drain();
    h.deliver(middle, PLENTY);
    h.drainQueue(PLENTY);
    List<String> committed = h.s3.keys(DERIVED);
    String written = h.s3.get(DERIVED, OutputKeys.document(KEY)).text();
    int opened = h.extraction.opened;

    JsonNode response = h.deliver(middle, PLENTY);

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(h.sqs.sent).isEmpty();
    assertThat(h.extraction.opened).isEqualTo(opened);
    assertThat(h.s3.keys(DERIVED)).isEqualTo(committed);
    assertThat(h.s3.get(DERIVED, OutputKeys.document(KEY)).text()).isEqualTo(written);
  }
}
