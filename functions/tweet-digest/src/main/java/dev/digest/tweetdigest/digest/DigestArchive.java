package dev.digest.tweetdigest.digest;

import dev.digest.tweetdigest.model.Digest;
import java.util.Objects;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps each week's digest in S3 under {@code digests/<week>/} and the marker that it was sent, so
 * the archive can be browsed and a rerun of the same week sends nothing twice.
 *
 * <p>Order per run: {@link #write} the digest (overwriting is harmless, the content is rebuilt from
 * the same posts), send, then {@link #markSent}. The marker is put with {@code If-None-Match: *},
 * so of two concurrent runs only one can mark the week; the other learns it lost from the {@code
 * false} result. Instants are written as ISO-8601 strings (see {@link ArchiveJson}).
 */
public final class DigestArchive {
  static final String JSON = "application/json";
  static final String HTML = "text/html; charset=utf-8";
  private static final int PRECONDITION_FAILED = 412;
  private static final int NOT_FOUND = 404;

  private final S3Client s3;
  private final String bucket;

  /** An archive in {@code bucket}. */
  public DigestArchive(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  /** An archive in the configured bucket. */
  public DigestArchive(S3Client s3, ArchiveConfig config) {
    this(s3, config.bucket());
  }

  /** The key of one of a week's files, such as {@code digests/2026-W48/digest.json}. */
  static String key(String week, String file) {
    if (!WeekOf.isLabel(week)) {
      throw new IllegalArgumentException("Not an ISO week like 2026-W48: " + week);
    }
    return "digests/" + week + "/" + file;
  }

  /** Writes {@code digest.json}, then {@code digest.html}; a second write replaces both. */
  public void write(Digest digest, String html) {
    Objects.requireNonNull(html, "html");
    put(key(digest.week(), "digest.json"), JSON, ArchiveJson.write(digest));
    put(key(digest.week(), "digest.html"), HTML, html);
  }

  /** Whether {@code sent.json} exists for the week. */
  public boolean alreadySent(String week) {
    String key = key(week, "sent.json");
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Writes {@code sent.json} unless it exists; call only after sending.
   *
   * @return true when this call marked the week, false when another run already had
   */
  public boolean markSent(String week, SentMarker marker) {
    String key = key(week, "sent.json");
    try {
      s3.putObject(
          b -> b.bucket(bucket).key(key).contentType(JSON).ifNoneMatch("*"),
          RequestBody.fromString(ArchiveJson.write(marker)));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == PRECONDITION_FAILED) {
        return false;
      }
      throw e;
    }
  }

  private void put(String key, String contentType, String body) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromString(body));
  }
}
