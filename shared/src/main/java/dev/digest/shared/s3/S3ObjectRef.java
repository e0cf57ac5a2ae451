package dev.digest.shared.s3;

import java.util.Objects;

/**
 * An object named by an S3 event, with its key already URL-decoded.
 *
 * @param bucket the bucket name
 * @param key the decoded object key, as {@code GetObject} expects it
 * @param size the size the event reported, or -1 when absent
 * @param eTag the ETag the event reported, or null when absent
 */
public record S3ObjectRef(String bucket, String key, long size, String eTag) {
  /** Validates that bucket and key are present. */
  public S3ObjectRef {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
  }

  /** The object as an {@code s3://} URI, for logs. */
  @Override
  public String toString() {
    return "s3://" + bucket + "/" + key;
  }
}
