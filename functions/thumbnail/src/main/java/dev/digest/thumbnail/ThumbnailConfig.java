package dev.digest.thumbnail;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.thumbnail.image.OutputFormat;
import dev.digest.thumbnail.image.RenderSettings;
import dev.digest.thumbnail.image.SizeSpec;
import java.util.function.Function;

/**
 * The thumbnail function's settings, read once at init.
 *
 * @param derivedBucket where thumbnails are written; never the upload bucket
 * @param uploadPrefix the key prefix of uploads, stripped from output keys
 * @param maxInputBytes the largest upload that is downloaded
 * @param render what to render and the pixel limit
 */
public record ThumbnailConfig(
    String derivedBucket, String uploadPrefix, long maxInputBytes, RenderSettings render) {
  static final String DEFAULT_SIZES = "small=150x150:crop,medium=500x500:fit,large=1200x1200:fit";

  /** Reads the configuration, failing with the variable's name when one is missing or bad. */
  public static ThumbnailConfig fromEnv(Env env) {
    return new ThumbnailConfig(
        env.require("DERIVED_BUCKET"),
        env.get("UPLOAD_PREFIX", "uploads/"),
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
