package dev.digest.pdftext;

import dev.digest.shared.json.Json;
import dev.digest.shared.s3.Uploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
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
 *
 * <p>Listings read only the keys directly under a prefix that match the names this function writes
 * ({@link OutputKeys#isImageUnder}, {@link OutputKeys#isPartUnder}): another upload's outputs can
 * live under the same prefix, since {@code uploads/a.pdf/images/b.pdf} is an upload too.
 */
final class OutputStore {
  /** Separates pages in {@code text.txt}, as pdftotext does. */
  static final String PAGE_SEPARATOR = "\f";

  /** S3's limit on user metadata: the UTF-8 bytes of every name and value together. */
  static final int MAX_METADATA_BYTES = 2048;

  /** The {@code document.json} metadata that records its status, so a check needs no GET. */
  static final String STATUS_METADATA = "document-status";

  /** What a committed {@code document.json} records about itself in its metadata. */
  record Committed(String eTag, String status) {
    /** Whether this is a finished document for {@code eTag}: one that did not fail. */
    boolean finished(String eTag) {
      return Objects.equals(this.eTag, eTag) && !PdfDocument.FAILED.equals(status);
    }
  }

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

  /**
   * Writes one exported image where it will be published: under the outputs for an inline document
   * (its key is its content's hash, so no other version can race it), else staged under the
   * version's parts until {@link #publishImages} copies it after the commit check.
   *
   * @param eTag the upload's version, or null for an inline document
   * @return the image's final key, for the document
   */
  String putImage(
      String sourceKey,
      String eTag,
      int page,
      int n,
      String extension,
      String contentType,
      byte[] bytes) {
    String key =
        eTag == null
            ? OutputKeys.image(sourceKey, page, n, extension)
            : OutputKeys.stagedImage(sourceKey, eTag, page, n, extension);
    put(key, contentType, RequestBody.fromBytes(bytes), sourceKey, eTag, Map.of());
    return OutputKeys.image(sourceKey, page, n, extension);
  }

  /**
   * Copies a version's staged images to their final keys (S3 CopyObject, keeping content type and
   * metadata). Call only once the version is known to be current.
   */
  void publishImages(PdfDocument document, String eTag) {
    String sourceKey = document.source().key();
    String finalPrefix = OutputKeys.imagesPrefix(sourceKey);
    String stagedPrefix = OutputKeys.stagedImagesPrefix(sourceKey, eTag);
    for (PdfDocument.Image image : document.images()) {
      String staged = stagedPrefix + image.key().substring(finalPrefix.length());
      s3.copyObject(
          b ->
              b.sourceBucket(bucket)
                  .sourceKey(staged)
                  .destinationBucket(bucket)
                  .destinationKey(image.key()));
    }
  }

  /**
   * Writes {@code text.txt}, then {@code document.json} (last: its presence means the outputs are
   * complete), then removes images an earlier version exported that this one did not. Images must
   * already be at their final keys.
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
        eTag,
        Map.of());
    put(
        OutputKeys.document(sourceKey),
        "application/json",
        RequestBody.fromString(Json.write(document), StandardCharsets.UTF_8),
        sourceKey,
        eTag,
        Map.of(STATUS_METADATA, document.status()));
    Set<String> current =
        document.images().stream().map(PdfDocument.Image::key).collect(Collectors.toSet());
    delete(
        list(OutputKeys.imagesPrefix(sourceKey), OutputKeys::isImageUnder).stream()
            .filter(k -> !current.contains(k))
            .toList());
  }

  /**
   * The source ETag and status recorded on a committed {@code document.json}, if there is one. A
   * document written before the status was recorded counts as finished.
   */
  Optional<Committed> committed(String sourceKey) {
    try {
      Map<String, String> metadata =
          s3.headObject(b -> b.bucket(bucket).key(OutputKeys.document(sourceKey))).metadata();
      String eTag = metadata.get("source-etag");
      return eTag == null
          ? Optional.empty()
          : Optional.of(
              new Committed(eTag, metadata.getOrDefault(STATUS_METADATA, PdfDocument.OK)));
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
        eTag,
        Map.of());
  }

  /** Reads back every part saved for one version of a source. */
  List<PdfPart> readParts(String sourceKey, String eTag) {
    List<PdfPart> parts = new ArrayList<>();
    for (String key : list(OutputKeys.partsPrefix(sourceKey, eTag), OutputKeys::isPartUnder)) {
      byte[] json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
      try {
        parts.add(Json.mapper().readValue(json, PdfPart.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Chunk part s3://" + bucket + "/" + key + " is corrupt", e);
      }
    }
    return parts;
  }

  /** Deletes the parts and staged images of one version of a source. */
  void deleteParts(String sourceKey, String eTag) {
    List<String> keys =
        new ArrayList<>(list(OutputKeys.partsPrefix(sourceKey, eTag), OutputKeys::isPartUnder));
    keys.addAll(list(OutputKeys.stagedImagesPrefix(sourceKey, eTag), OutputKeys::isImageUnder));
    delete(keys);
  }

  /**
   * The metadata every object carries: {@code source-key} (percent-encoded where not printable
   * ASCII) and {@code source-etag}; when the encoded key would take the metadata past S3's 2 KB,
   * {@code source-key-sha256} (the hex SHA-256 of the key's UTF-8 bytes) stands in for it.
   */
  static Map<String, String> metadata(String sourceKey, String eTag, Map<String, String> extra) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("source-key", Uploads.metadataValue(sourceKey));
    metadata.put("source-etag", Objects.requireNonNullElse(eTag, ""));
    metadata.putAll(extra);
    if (metadataBytes(metadata) > MAX_METADATA_BYTES) {
      metadata.remove("source-key");
      metadata.put(
          "source-key-sha256", InlinePdf.sha256Hex(sourceKey.getBytes(StandardCharsets.UTF_8)));
    }
    return metadata;
  }

  /**
   * The size S3 counts against its metadata limit, with each name's {@code x-amz-meta-} prefix
   * counted too, to stay clear of it however S3 counts.
   */
  private static int metadataBytes(Map<String, String> metadata) {
    int total = 0;
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      total +=
          "x-amz-meta-".length()
              + e.getKey().getBytes(StandardCharsets.UTF_8).length
              + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    return total;
  }

  private void put(
      String key,
      String contentType,
      RequestBody body,
      String sourceKey,
      String eTag,
      Map<String, String> extra) {
    Map<String, String> metadata = metadata(sourceKey, eTag, extra);
    s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(metadata), body);
  }

  /**
   * The keys directly under {@code prefix} (listed with the delimiter {@code /}, so nested keys of
   * other uploads are not even listed) that {@code ours} accepts as names this function writes.
   */
  private List<String> list(String prefix, BiPredicate<String, String> ours) {
    return s3
        .listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/"))
        .contents()
        .stream()
        .map(S3Object::key)
        .filter(k -> ours.test(prefix, k))
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
