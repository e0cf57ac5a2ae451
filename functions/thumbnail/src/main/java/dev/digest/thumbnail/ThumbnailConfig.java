package dev.digest.thumbnail;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.media.UploadPolicy;
import dev.digest.shared.s3.Uploads;
import dev.digest.thumbnail.image.OutputFormat;
import dev.digest.thumbnail.image.RenderSettings;
import dev.digest.thumbnail.image.SizeSpec;
import java.util.function.Function;

/**
 * The thumbnail function's settings, read once at init.
 *
 * @param uploads the derived bucket (never the upload bucket) and the upload prefix, which is
 *     stripped from output keys
 * @param policy the allow list and size limit every consumer of uploads applies
 * @param maxInputBytes the largest upload this function downloads
 * @param render what to render and the pixel limit
 */
public record ThumbnailConfig(
    Uploads uploads, UploadPolicy policy, long maxInputBytes, RenderSettings render) {
  static final String DEFAULT_SIZES = "small=150x150:crop,medium=500x500:fit,large=1200x1200:fit";

  /** Reads the configuration, failing with the variable's name when one is missing or bad. */
  public static ThumbnailConfig fromEnv(Env env) {
    return new ThumbnailConfig(
        new Uploads(env.require("DERIVED_BUCKET"), env.get("UPLOAD_PREFIX", "uploads/")),
        UploadPolicy.fromEnv(env),
        env.getLong("MAX_INPUT_BYTES", 50L * 1024 * 1024, 1, 1L << 40),
        new RenderSettings(
            parse(env, "THUMBNAIL_SIZES", DEFAULT_SIZES, SizeSpec::parseList),
            parse(env, "THUMBNAIL_FORMAT", "jpeg", OutputFormat::parse),
            env.getInt("THUMBNAIL_QUALITY", 85, 1, 100),
            env.getLong("MAX_PIXELS", 100_000_000L, 1, Long.MAX_VALUE)));
  }

  private static <T> T parse(Env env, String name, String fallback, Function<String, T> parser) {
    try {
      return parser.apply(env.get(name, fallback));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("Environment variable " + name + ": " + e.getMessage());
    }
  }
}
