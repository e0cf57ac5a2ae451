package dev.digest.thumbnail;

import dev.digest.shared.batch.BadInputException;
import dev.digest.shared.log.Log;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.S3ObjectRef;
import dev.digest.shared.s3.Uploads;
import dev.digest.thumbnail.image.Rendition;
import dev.digest.thumbnail.image.Thumbnailer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Reads one upload, renders every size in memory and only then writes them, so a bad upload leaves
 * no partial output and a repeat overwrites the same keys.
 */
public final class ThumbnailService {
  private static final Log LOG = Log.of(ThumbnailService.class);

  private final S3Client s3;
  private final Thumbnailer thumbnailer;
  private final ThumbnailConfig config;

  /** Creates the service around a client and a renderer that live as long as the function. */
  public ThumbnailService(S3Client s3, Thumbnailer thumbnailer, ThumbnailConfig config) {
    this.s3 = s3;
    this.thumbnailer = thumbnailer;
    this.config = config;
  }

  /**
   * Thumbnails one object and logs the outcome with its key. Bad input is logged and absorbed;
   * anything else (S3 errors) propagates so the record is retried.
   *
   * @return the keys written, empty when the object was skipped or rejected
   */
  public List<String> process(S3ObjectRef source) {
    return config.uploads().process(source, LOG, this::thumbnailAndLog).orElse(List.of());
  }

  private List<String> thumbnailAndLog(S3ObjectRef source) {
    try {
      List<String> keys = thumbnail(source);
      Uploads.logOutcome(LOG, source, "ok", "Thumbnails written", null, "outputs", keys.size());
      return keys;
    } catch (BadInputException e) {
      Uploads.logOutcome(LOG, source, "rejected", "Rejected upload", e, "reason", e.reason());
      return List.of();
    }
  }

  /** Renders a small generated image in memory, loading the image code paths; writes nothing. */
  public void warmUp() {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", jpeg);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    thumbnailer.render(jpeg.toByteArray());
  }

  private List<String> thumbnail(S3ObjectRef source) {
    if (source.size() > config.maxInputBytes()) {
      throw tooLarge(source.size());
    }
    byte[] bytes;
    String eTag;
    String contentType;
    try (ResponseInputStream<GetObjectResponse> in =
        s3.getObject(b -> b.bucket(source.bucket()).key(source.key()))) {
      GetObjectResponse head = in.response();
      if (head.contentLength() != null && head.contentLength() > config.maxInputBytes()) {
        in.abort(); // the rest is never read
        throw tooLarge(head.contentLength());
      }
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxInputBytes() + 1));
      if (bytes.length > config.maxInputBytes()) {
        in.abort();
        throw tooLarge(bytes.length);
      }
      eTag = Uploads.plainETag(head.eTag());
      contentType = head.contentType();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not read " + source, e);
    }

    UploadPolicy.Verdict verdict =
        config.policy().check(bytes, bytes.length, source.key(), contentType);
    if (!verdict.accepted()) {
      throw new BadInputException(verdict.reason(), verdict.message());
    }
    List<Rendition> renditions = thumbnailer.render(bytes);
    String relative = OutputKeys.relativeKey(source.key(), config.uploads().uploadPrefix());
    Map<String, String> metadata =
        Map.of(
            "source-key",
            Uploads.metadataValue(source.key()),
            "source-etag",
            eTag == null ? "" : eTag);
    return renditions.stream()
        .map(
            r -> {
              String key =
                  OutputKeys.thumbnailKey(r.size().name(), relative, r.format().extension());
              s3.putObject(
                  b ->
                      b.bucket(config.uploads().derivedBucket())
                          .key(key)
                          .contentType(r.format().contentType())
                          .metadata(metadata),
                  RequestBody.fromBytes(r.bytes()));
              return key;
            })
        .toList();
  }

  private BadInputException tooLarge(long size) {
    return new BadInputException(
        "too-large-bytes",
        "File is " + size + " bytes, over the limit of " + config.maxInputBytes() + " bytes");
  }
}
