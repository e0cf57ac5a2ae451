package dev.digest.pdftext;

import dev.digest.shared.json.Json;
import dev.digest.shared.s3.Uploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and writes the derived bucket: outputs, exported images and chunk parts, each tagged with
 * the source's key and ETag, so any output can be traced to the upload version it came from.
 */
final class OutputStore {
  /** Separates pages in {@code text.txt}, as pdftotext does. */
  static final String PAGE_SEPARATOR = "\f";

  private final S3Client s3;
  private final String bucket;

  OutputStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** The derived bucket. */
  String bucket() {
    return bucket;
  }

  /** Writes one exported image and returns its key. */
  String putImage(
      String sourceKey,
      String eTag,
      int page,
      int n,
      String extension,
      String contentType,
      byte[] bytes) {
    String key = OutputKeys.image(sourceKey, page, n, extension);
    put(key, contentType, RequestBody.fromBytes(bytes), sourceKey, eTag);
    return key;
  }

  /**
   * Writes {@code text.txt}, then {@code document.json} (last: its presence means the outputs are
   * complete), then removes images an earlier version exported that this one did not.
   */
  void write(PdfDocument document, String eTag) {
    String sourceKey = document.source().key();
    String text =
        document.pages().stream()
            .map(PdfDocument.Page::text)
            .map(t -> t == null ? "" : t)
            .collect(Collectors.joining(PAGE_SEPARATOR));
    put(
        OutputKeys.text(sourceKey),
        "text/plain; charset=utf-8",
        RequestBody.fromString(text, StandardCharsets.UTF_8),
        sourceKey,
        eTag);
    put(
        OutputKeys.document(sourceKey),
        "application/json",
        RequestBody.fromString(Json.write(document), StandardCharsets.UTF_8),
        sourceKey,
        eTag);
    Set<String> current =
        document.images().stream().map(PdfDocument.Image::key).collect(Collectors.toSet());
    delete(
        list(OutputKeys.imagesPrefix(sourceKey)).stream()
            .filter(k -> !current.contains(k))
            .toList());
  }

  /** The source ETag recorded on a committed {@code document.json}, if there is one. */
  Optional<String> committedETag(String sourceKey) {
    try {
      Map<String, String> metadata =
          s3.headObject(b -> b.bucket(bucket).key(OutputKeys.document(sourceKey))).metadata();
      return Optional.ofNullable(metadata.get("source-etag"));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Saves the pages of one chunk under {@code pdf-parts/}. */
  void writePart(String sourceKey, String eTag, int from, int to, PdfPart part) {
    put(
        OutputKeys.part(sourceKey, eTag, from, to),
        "application/json",
        RequestBody.fromString(Json.write(part), StandardCharsets.UTF_8),
        sourceKey,
        eTag);
  }

  /** Reads back every part saved for one version of a source. */
  List<PdfPart> readParts(String sourceKey, String eTag) {
    List<PdfPart> parts = new ArrayList<>();
    for (String key : list(OutputKeys.partsPrefix(sourceKey, eTag))) {
      byte[] json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
      try {
        parts.add(Json.mapper().readValue(json, PdfPart.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Chunk part s3://" + bucket + "/" + key + " is corrupt", e);
      }
    }
    return parts;
  }

  /** Deletes the parts of one version of a source. */
  void deleteParts(String sourceKey, String eTag) {
    delete(list(OutputKeys.partsPrefix(sourceKey, eTag)));
  }

  private void put(
      String key, String contentType, RequestBody body, String sourceKey, String eTag) {
    s3.putObject(
        b ->
            b.bucket(bucket)
                .key(key)
                .contentType(contentType)
                .metadata(
                    Map.of(
                        "source-key",
                        Uploads.metadataValue(sourceKey),
                        "source-etag",
                        Objects.requireNonNullElse(eTag, ""))),
        body);
  }

  private List<String> list(String prefix) {
    return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  private void delete(List<String> keys) {
    for (int i = 0; i < keys.size(); i += 1000) {
      List<ObjectIdentifier> batch =
          keys.subList(i, Math.min(keys.size(), i + 1000)).stream()
              .map(k -> ObjectIdentifier.builder().key(k).build())
              .toList();
      s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
    }
  }
}
