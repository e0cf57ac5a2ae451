package dev.digest.pdftext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.pdftext.extract.ExtractLimits;
import dev.digest.pdftext.extract.ImageSink;
import dev.digest.pdftext.extract.Layout;
import dev.digest.pdftext.extract.OpenPdf;
import dev.digest.pdftext.extract.PdfException;
import dev.digest.pdftext.extract.PdfExtractor;
import dev.digest.pdftext.extract.PdfInfo;
import dev.digest.pdftext.extract.PdfPage;
import dev.digest.pdftext.extract.TableFinder;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.json.Json;
import dev.digest.testing.AwsEmulator;
import dev.digest.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Runs the real handler and the real extractor against an S3 and SQS emulator, with the sample
 * events from {@code events/}; queued jobs are delivered back to the handler as Lambda's poller
 * would.
 */
class PdfTextHandlerIT {
  private static final String UPLOADS = "x-digest-uploads-123456789012";
  private static final String KEY = "uploads/docs/report.pdf";

  private final AwsEmulator aws = AwsEmulator.get();
  private final AwsClients clients = AwsClients.fromEnvironment(aws.env(Map.of()));
  private final S3Client s3 = clients.s3();
  private final SqsClient sqs = clients.configure(SqsClient.builder(), "SQS").build();
  private String derived;
  private String queue;

  @BeforeEach
  void setUp() {
    derived = "derived-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(UPLOADS));
    s3.createBucket(b -> b.bucket(derived));
    queue = sqs.createQueue(b -> b.queueName("pdf-" + UUID.randomUUID())).queueUrl();
  }

  @Test
  void sqsEvent_uploadedPdf_writesDocumentAndText() {
    put(KEY, TestPdfs.text(2));

    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(response.get("batchItemFailures")).isEmpty();
    JsonNode doc = document(KEY);
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("status").asText()).isEqualTo("ok");
    assertThat(doc.at("/source/bucket").asText()).isEqualTo(UPLOADS);
    assertThat(doc.get("title").asText()).isEqualTo("Quarterly report");
    assertThat(doc.get("pageCount").asInt()).isEqualTo(2);
    assertThat(doc.get("chunks").asInt()).isEqualTo(1);
    assertThat(doc.at("/pages/1/text").asText()).contains(TestPdfs.pageText(2));
    assertThat(doc.at("/layout/designHeavy").asBoolean()).isFalse();
    assertThat(text(KEY)).contains(TestPdfs.pageText(1)).contains(TestPdfs.pageText(2));
  }

  @Test
  void directInvoke_bucketAndKey_returnsTheDocumentAndWritesIt() {
    put(KEY, TestPdfs.text(1));

    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-invoke-s3.json"));

    assertThat(response.get("status").asText()).isEqualTo("ok");
    assertThat(response.at("/pages/0/text").asText()).contains(TestPdfs.pageText(1));
    assertThat(document(KEY)).isEqualTo(response);
  }

  @Test
  void directInvoke_async_queuesAJobThatTheQueueCompletes() {
    put(KEY, TestPdfs.text(3));
    PdfTextHandler handler = handler(Map.of());

    JsonNode response = invoke(handler, Events.read("pdf-text-invoke-async.json"));

    assertThat(response.get("state").asText()).isEqualTo("queued");
    assertThat(response.get("documentUri").asText())
        .isEqualTo("s3://" + derived + "/" + OutputKeys.document(KEY));
    assertThat(keys(derived)).isEmpty();
    assertThat(drain(handler)).isEqualTo(1);
    assertThat(document(KEY).get("pageCount").asInt()).isEqualTo(3);
  }

  @Test
  void directInvoke_inlineSample_returnsTheDocumentWithoutWriting() {
    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-invoke-inline.json"));

    assertThat(response.get("status").asText()).isEqualTo("ok");
    assertThat(response.at("/source/key").asText()).startsWith("inline/").endsWith(".pdf");
    assertThat(response.at("/pages/0/text").asText()).contains("Hello from a tiny PDF.");
    assertThat(keys(derived)).isEmpty();
  }

  @Test
  void queue_manyPages_extractedInChunksAndAssembled() {
    put(KEY, TestPdfs.text(23));
    PdfTextHandler handler = handler(Map.of("MAX_PAGES_PER_CHUNK", "5"));

    invoke(handler, Events.read("pdf-text-sqs-eventbridge.json"));
    assertThat(keys(derived)).singleElement().asString().startsWith("pdf-parts/" + KEY + "/");
    int delivered = drain(handler);

    assertThat(delivered).isEqualTo(4);
    JsonNode doc = document(KEY);
    assertThat(doc.get("chunks").asInt()).isEqualTo(5);
    assertThat(doc.get("pages")).hasSize(23);
    for (int n = 1; n <= 23; n++) {
      assertThat(doc.at("/pages/" + (n - 1) + "/number").asInt()).isEqualTo(n);
      assertThat(doc.at("/pages/" + (n - 1) + "/text").asText()).contains(TestPdfs.pageText(n));
    }
    assertThat(keys(derived)).containsExactly(OutputKeys.document(KEY), OutputKeys.text(KEY));
  }

  @Test
  void queue_designHeavyBrochure_imagesExportedToS3AndListed() {
    put(KEY, TestPdfs.brochure(2));

    invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    JsonNode doc = document(KEY);
    assertThat(doc.at("/layout/designHeavy").asBoolean()).isTrue();
    assertThat(doc.get("images")).hasSize(2);
    String imageKey = "pdf/" + KEY + "/images/p2-1.png";
    assertThat(doc.at("/images/1/key").asText()).isEqualTo(imageKey);
    assertThat(doc.at("/pages/1/images/0").asText()).isEqualTo(imageKey);
    assertThat(doc.at("/images/1/contentType").asText()).isEqualTo("image/png");
    byte[] png = s3.getObjectAsBytes(b -> b.bucket(derived).key(imageKey)).asByteArray();
    assertThat(png).hasSize(doc.at("/images/1/bytes").asInt());
    assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    // Staged under the version's parts, copied to the final keys at commit, staging removed.
    assertThat(keys(derived)).noneMatch(k -> k.startsWith(OutputKeys.PARTS_PREFIX));
    assertThat(s3.headObject(b -> b.bucket(derived).key(imageKey)).metadata())
        .containsEntry("source-key", KEY);
  }

  @Test
  void queue_uploadNestedUnderAnotherUploadsImages_keepsItsOutputs() {
    String outer = "uploads/a.pdf";
    String nested = "uploads/a.pdf/images/b.pdf";
    put(nested, TestPdfs.brochure(1));
    PdfTextHandler handler = handler(Map.of());
    invoke(handler, Json.write(Map.of("bucket", UPLOADS, "key", nested)));
    List<String> nestedOutputs = keys(derived);

    put(outer, TestPdfs.brochure(1));
    invoke(handler, Json.write(Map.of("bucket", UPLOADS, "key", outer)));

    assertThat(nestedOutputs).contains(OutputKeys.document(nested));
    assertThat(keys(derived)).containsAll(nestedOutputs);
    assertThat(document(nested).get("images")).hasSize(1);
  }

  @Test
  void queue_staleVersionFinishesAfterNewerCommitted_newerOutputsUntouched() {
    put(KEY, TestPdfs.brochure(2));
    Map<String, String> env = new HashMap<>();
    env.put("DERIVED_BUCKET", derived);
    env.put("PDF_QUEUE_URL", queue);
    PdfTextConfig config = PdfTextConfig.fromEnv(aws.env(env));
    PdfTextHandler newer = handler(Map.of());
    boolean[] raced = {false};
    // While the first version exports its images, a one-page version is uploaded and committed.
    Extraction racing =
        new Extraction() {
          private final Extraction real =
              Extraction.of(
                  new PdfExtractor(
                      ExtractLimits.DEFAULTS,
                      new TableFinder(ExtractLimits.DEFAULTS.maxTableCells())));

          @Override
          public OpenPdf open(java.nio.file.Path file) throws PdfException {
            OpenPdf pdf = real.open(file);
            return new OpenPdf() {
              @Override
              public PdfInfo info() {
                return pdf.info();
              }

              @Override
              public List<PdfPage> extractPages(int firstPage, BooleanSupplier stop) {
                return pdf.extractPages(firstPage, stop);
              }

              @Override
              public List<String> exportImages(int page, ImageSink sink) throws IOException {
                if (!raced[0]) {
                  raced[0] = true;
                  put(KEY, TestPdfs.brochure(1));
                  invoke(newer, Json.write(Map.of("bucket", UPLOADS, "key", KEY)));
                }
                return pdf.exportImages(page, sink);
              }

              @Override
              public void close() throws IOException {
                pdf.close();
              }
            };
          }

          @Override
          public Layout classify(List<PdfPage> pages) {
            return real.classify(pages);
          }
        };
    PdfTextHandler slow = new PdfTextHandler(new PdfTextService(s3, sqs, racing, config));

    JsonNode response = invoke(slow, Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(raced[0]).isTrue();
    String eTag = s3.headObject(b -> b.bucket(UPLOADS).key(KEY)).eTag().replace("\"", "");
    assertThat(document(KEY).get("pageCount").asInt()).isEqualTo(1);
    assertThat(document(KEY).at("/source/eTag").asText()).isEqualTo(eTag);
    assertThat(keys(derived))
        .containsExactlyInAnyOrder(
            OutputKeys.document(KEY), OutputKeys.text(KEY), "pdf/" + KEY + "/images/p1-1.png");
    assertThat(
            s3.headObject(b -> b.bucket(derived).key("pdf/" + KEY + "/images/p1-1.png")).metadata())
        .containsEntry("source-etag", eTag);
  }

  @Test
  void queue_userPasswordPdf_encryptedDocumentAndNoRetry() {
    put(KEY, TestPdfs.userPassword(1));

    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(response.get("batchItemFailures")).isEmpty();
    JsonNode doc = document(KEY);
    assertThat(doc.get("status").asText()).isEqualTo("encrypted");
    assertThat(doc.at("/error/reason").asText()).isEqualTo("encrypted");
    assertThat(doc.at("/error/message").asText()).isNotBlank();
    assertThat(doc.get("pages")).isEmpty();
    assertThat(text(KEY)).isEmpty();
  }

  @Test
  void queue_ownerPasswordOnlyPdf_extracted() {
    put(KEY, TestPdfs.ownerPasswordOnly(1));

    invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    JsonNode doc = document(KEY);
    assertThat(doc.get("status").asText()).isEqualTo("ok");
    assertThat(doc.get("encrypted").asBoolean()).isTrue();
    assertThat(text(KEY)).contains(TestPdfs.pageText(1));
  }

  @Test
  void queue_randomBytesNamedPdf_skippedWithoutOutputs() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    put(KEY, garbage);

    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(keys(derived)).isEmpty();
  }

  @Test
  void queue_pdfHeaderThenGarbage_unreadableDocumentAndNoRetry() {
    put(KEY, "%PDF-1.7\nthis is not really a PDF at all\n".getBytes(StandardCharsets.US_ASCII));

    JsonNode response = invoke(handler(Map.of()), Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(response.get("batchItemFailures")).isEmpty();
    assertThat(document(KEY).get("status").asText()).isEqualTo("unreadable");
    assertThat(text(KEY)).isEmpty();
  }

  @Test
  void queue_sameUploadTwice_sameOutputs() {
    put(KEY, TestPdfs.text(2));
    PdfTextHandler handler = handler(Map.of());
    invoke(handler, Events.read("pdf-text-sqs-eventbridge.json"));
    String firstDocument = object(derived, OutputKeys.document(KEY));
    String firstText = text(KEY);

    invoke(handler, Events.read("pdf-text-sqs-eventbridge.json"));

    assertThat(object(derived, OutputKeys.document(KEY))).isEqualTo(firstDocument);
    assertThat(text(KEY)).isEqualTo(firstText);
    assertThat(keys(derived)).containsExactly(OutputKeys.document(KEY), OutputKeys.text(KEY));
  }

  private PdfTextHandler handler(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("DERIVED_BUCKET", derived);
    env.put("PDF_QUEUE_URL", queue);
    return new PdfTextHandler(aws.env(env));
  }

  private static JsonNode invoke(PdfTextHandler handler, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  /** Delivers queued messages to the handler until the queue is empty; returns how many ran. */
  private int drain(PdfTextHandler handler) {
    int delivered = 0;
    for (int i = 0; i < 50; i++) {
      List<Message> messages =
          sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages();
      if (messages.isEmpty()) {
        return delivered;
      }
      List<Map<String, String>> records = new ArrayList<>();
      for (Message m : messages) {
        records.add(Map.of("messageId", m.messageId(), "eventSource", "aws:sqs", "body", m.body()));
      }
      JsonNode response = invoke(handler, Json.write(Map.of("Records", records)));
      Set<String> failed = new HashSet<>();
      response.get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
      assertThat(failed).isEmpty();
      messages.forEach(
          m -> sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle())));
      delivered += messages.size();
    }
    throw new AssertionError("The queue never emptied");
  }

  private void put(String key, byte[] bytes) {
    s3.putObject(
        b -> b.bucket(UPLOADS).key(key).contentType("application/pdf"),
        RequestBody.fromBytes(bytes));
  }

  private List<String> keys(String bucket) {
    return s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
  }

  private String object(String bucket, String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }

  private JsonNode document(String key) {
    return Json.parse(object(derived, OutputKeys.document(key)));
  }

  private String text(String key) {
    return object(derived, OutputKeys.text(key));
  }
}
