package dev.digest.tweetdigest.digest;

import dev.digest.shared.config.Env;
import java.util.Objects;

/**
 * Where digests are archived, read once from the environment, so a missing bucket fails at init by
 * name.
 *
 * @param bucket {@code ARCHIVE_BUCKET}, the bucket holding {@code digests/<week>/}
 */
public record ArchiveConfig(String bucket) {
  public ArchiveConfig {
    Objects.requireNonNull(bucket, "bucket");
  }

  /** Reads {@code ARCHIVE_BUCKET} (required). */
  public static ArchiveConfig fromEnv(Env env) {
    return new ArchiveConfig(env.require("ARCHIVE_BUCKET"));
  }
}
