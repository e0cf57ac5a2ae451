package dev.digest.metadata;

import dev.digest.metadata.extract.ImageMetadata;
import dev.digest.metadata.extract.VideoMetadata;
import java.util.List;

/**
 * The document written to {@code metadata/<source key>.json}: one stable, versioned schema with
 * explicit nulls, described in docs/metadata.md. Add fields only by raising the version.
 *
 * @param schemaVersion the schema's version, {@value #SCHEMA_VERSION}
 * @param source the upload as S3 describes it
 * @param type the real type and what the name and Content-Type claimed
 * @param validation whether the upload was accepted, and why not
 * @param image image metadata, or null for other files and rejected uploads
 * @param video video metadata, or null for other files and rejected uploads
 * @param warnings problems met while reading the metadata; the rest is still reported
 */
public record MetadataDocument(
    int schemaVersion,
    Source source,
    Type type,
    Validation validation,
    ImageMetadata image,
    VideoMetadata video,
    List<String> warnings) {
  /** The current schema version. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * The upload.
   *
   * @param bucket the upload bucket
   * @param key the decoded object key
   * @param size bytes
   * @param eTag the ETag without quotes
   * @param contentType the Content-Type the uploader declared, or null
   */
  public record Source(String bucket, String key, long size, String eTag, String contentType) {}

  /**
   * The real type and the claims.
   *
   * @param detected the type the bytes say, such as {@code jpeg}
   * @param mimeType the detected type's media type
   * @param byExtension the type the key's extension claims, or null
   * @param byContentType the type the Content-Type claims, or null
   * @param mismatch whether a claim disagrees with the bytes
   */
  public record Type(
      String detected,
      String mimeType,
      String byExtension,
      String byContentType,
      boolean mismatch) {}

  /**
   * The verdict, also written to the upload as the tags {@code validation} and {@code
   * validation-reason}.
   *
   * @param status {@code ok} or {@code rejected}
   * @param reason a stable code when rejected, else null
   * @param message a sentence naming the problem when rejected, else null
   */
  public record Validation(String status, String reason, String message) {}
}
