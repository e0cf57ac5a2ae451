package dev.digest.metadata;

import dev.digest.metadata.extract.Extracted;
import dev.digest.metadata.extract.MetadataExtractor;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import dev.digest.shared.media.FileType;
import dev.digest.shared.media.FileTypes;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.S3ObjectRef;
import dev.digest.shared.s3.Uploads;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Validates one upload from its bytes, tags it with the verdict, and writes its metadata document.
 * Reading streams the object once; nothing is written until the document is complete.
 */
public final class MetadataService {
  /** Tag key carrying {@code ok} or {@code rejected}. */
  public static final String VALIDATION_TAG = "validation";

  /** Tag key carrying the rejection reason. */
  public static final String REASON_TAG = "validation-reason";

  private static final Log LOG = Log.of(MetadataService.class);

  /** S3's limit on tags per object. */
  private static final int MAX_TAGS = 10;

  private final S3Client s3;
  private final MetadataExtractor extractor;
  private final MetadataConfig config;

  /** Creates the service around a client and an extractor that live as long as the function. */
  public MetadataService(S3Client s3, MetadataExtractor extractor, MetadataConfig config) {
    this.s3 = s3;
    this.extractor = extractor;
    this.config = config;
  }

  /**
   * Processes one upload and logs its outcome. S3 errors propagate so the record is retried.
   *
   * @return the document written, or empty when the object was skipped
   */
  public Optional<MetadataDocument> process(S3ObjectRef source) {
    return config.uploads().process(source, LOG, this::processUpload);
  }

  private MetadataDocument processUpload(S3ObjectRef source) {
    MetadataDocument document = describe(source);
    String key = "metadata/" + source.key() + ".json";
    s3.putObject(
        b ->
            b.bucket(config.uploads().derivedBucket())
                .key(key)
                .contentType("application/json")
                .metadata(java.util.Map.of("source-key", Uploads.metadataValue(source.key()))),
        RequestBody.fromString(Json.write(document)));
    tag(source, document.validation());
    if ("ok".equals(document.validation().status())) {
      Uploads.logOutcome(
          LOG,
          source,
          "ok",
          "Metadata written",
          null,
          "type",
          document.type().detected(),
          "mismatch",
          document.type().mismatch(),
          "warnings",
          document.warnings().size());
    } else {
      Uploads.logOutcome(
          LOG,
          source,
          "rejected",
          "Upload rejected: " + document.validation().message(),
          null,
          "reason",
          document.validation().reason(),
          "type",
          document.type().detected());
    }
    return document;
  }

  private MetadataDocument describe(S3ObjectRef source) {
    try (ResponseInputStream<GetObjectResponse> raw =
        s3.getObject(b -> b.bucket(source.bucket()).key(source.key()))) {
      GetObjectResponse head = raw.response();
      long size = head.contentLength() == null ? source.size() : head.contentLength();
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      in.mark(FileTypes.HEAD_BYTES);
      byte[] first = in.readNBytes(FileTypes.HEAD_BYTES);
      in.reset();
      UploadPolicy.Verdict verdict =
          config.policy().check(first, size, source.key(), head.contentType());
      Extracted extracted;
      if (verdict.accepted()) {
        extracted = extractor.extract(in, verdict.detected());
      } else {
        raw.abort(); // nothing more is read from a rejected upload
        extracted = new Extracted(null, null, List.of());
      }
      return new MetadataDocument(
          MetadataDocument.SCHEMA_VERSION,
          new MetadataDocument.Source(
              source.bucket(),
              source.key(),
              size,
              Uploads.plainETag(head.eTag()),
              head.contentType()),
          new MetadataDocument.Type(
              verdict.detected().id(),
              verdict.detected().mimeType(),
              id(verdict.byName()),
              id(verdict.byContentType()),
              verdict.mismatch()),
          new MetadataDocument.Validation(
              verdict.accepted() ? "ok" : "rejected", verdict.reason(), verdict.message()),
          extracted.image(),
          extracted.video(),
          extracted.warnings());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + source, e);
    }
  }

  private static String id(FileType type) {
    return type == null ? null : type.id();
  }

  private void tag(S3ObjectRef source, MetadataDocument.Validation validation) {
    List<Tag> tags = new ArrayList<>();
    s3.getObjectTagging(b -> b.bucket(source.bucket()).key(source.key())).tagSet().stream()
        .filter(t -> !t.key().equals(VALIDATION_TAG) && !t.key().equals(REASON_TAG))
        .forEach(tags::add);
    if (tags.size() > MAX_TAGS - 2) {
      // S3 allows 10 tags; the uploader's own tags win, the document still has the verdict.
      LOG.warn(
          "Upload not tagged: it already has " + tags.size() + " tags",
          "bucket",
          source.bucket(),
          "key",
          source.key());
      return;
    }
    tags.add(Tag.builder().key(VALIDATION_TAG).value(validation.status()).build());
    if (validation.reason() != null) {
      tags.add(Tag.builder().key(REASON_TAG).value(validation.reason()).build());
    }
    s3.putObjectTagging(
        b -> b.bucket(source.bucket()).key(source.key()).tagging(t -> t.tagSet(tags)));
  }
}
