package dev.digest.metadata;

import dev.digest.shared.config.Env;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.Uploads;

/**
 * The metadata function's settings, read once at init.
 *
 * @param uploads the derived bucket (never the upload bucket) and the upload prefix
 * @param policy the allow list and size limit every consumer of uploads applies
 */
public record MetadataConfig(Uploads uploads, UploadPolicy policy) {
  /** Reads the configuration, failing with the variable's name when one is missing or bad. */
  public static MetadataConfig fromEnv(Env env) {
    return new MetadataConfig(
        new Uploads(env.require("DERIVED_BUCKET"), env.get("UPLOAD_PREFIX", "uploads/")),
        UploadPolicy.fromEnv(env));
  }
}
