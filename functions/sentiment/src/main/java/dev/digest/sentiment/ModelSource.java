package dev.digest.sentiment;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the model comes from, baked into the image or downloaded from S3 at init, so that one image
 * can serve either; {@code MODEL_S3_URI} wins over {@code MODEL_DIR} when both are set.
 *
 * @param dir the model directory, or where the download goes
 * @param s3Bucket the bucket to download from; empty for a baked model
 * @param s3Prefix the key prefix of the model files, empty or ending in {@code /}
 */
public record ModelSource(Path dir, Optional<String> s3Bucket, String s3Prefix) {

  /** A model already on disk. */
  public static ModelSource local(Path dir) {
    return new ModelSource(dir, Optional.empty(), "");
  }

  /**
   * A model under an {@code s3://bucket/prefix/} URI, downloaded into {@code dir}.
   *
   * @throws IllegalArgumentException when the URI is not an {@code s3://} URI with a bucket
   */
  public static ModelSource s3(String uri, Path dir) {
    URI parsed;
    try {
      parsed = URI.create(uri.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URI: '" + uri + "'", e);
    }
    if (!"s3".equals(parsed.getScheme()) || parsed.getHost() == null) {
      throw new IllegalArgumentException("expected s3://bucket/prefix/, got '" + uri + "'");
    }
    String prefix = parsed.getPath() == null ? "" : parsed.getPath().replaceFirst("^/", "");
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix += "/";
    }
    return new ModelSource(dir, Optional.of(parsed.getHost()), prefix);
  }

  /** True when the model comes from S3. */
  public boolean downloads() {
    return s3Bucket.isPresent();
  }

  /** The S3 URI of one model file, for messages. */
  String uriOf(String file) {
    return "s3://" + s3Bucket.orElseThrow() + "/" + s3Prefix + file;
  }

  @Override
  public String toString() {
    return downloads() ? uriOf("") : dir.toString();
  }
}
