package dev.digest.sentiment;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.nio.file.Path;

/**
 * The sentiment function's settings, read once from the environment at init.
 *
 * @param model where the model is: {@code MODEL_DIR}, or {@code MODEL_S3_URI} downloaded at init to
 *     {@code MODEL_DOWNLOAD_DIR} (default {@code <java.io.tmpdir>/sentiment-model}, /tmp on
 *     Lambda); one of the two is required, and the URI wins
 * @param engine {@code ENGINE}: {@code PyTorch} (default, model.pt) or {@code OnnxRuntime}
 *     (model.onnx)
 * @param maxTexts most texts per request ({@code MAX_TEXTS}, default 100)
 * @param maxTextBytes most UTF-8 bytes per text ({@code MAX_TEXT_BYTES}, default 20,000)
 * @param neutralBand a model verdict is neutral when |p(positive) - p(negative)| is below this
 *     ({@code NEUTRAL_BAND}, default 0.2, within [0, 1]; 0 turns neutral off)
 */
public record SentimentConfig(
    ModelSource model, ModelEngine engine, int maxTexts, int maxTextBytes, double neutralBand) {

  public static final int DEFAULT_MAX_TEXTS = 100;
  public static final int DEFAULT_MAX_TEXT_BYTES = 20_000;
  public static final double DEFAULT_NEUTRAL_BAND = 0.2;

  public SentimentConfig {
    if (maxTexts < 1) {
      throw new IllegalArgumentException("maxTexts must be positive: " + maxTexts);
    }
    if (maxTextBytes < 1) {
      throw new IllegalArgumentException("maxTextBytes must be positive: " + maxTextBytes);
    }
    if (!(neutralBand >= 0 && neutralBand <= 1)) {
      throw new IllegalArgumentException("neutralBand must be within [0, 1]: " + neutralBand);
    }
  }

  /** Reads the variables; a missing model location or a value out of range fails by name. */
  public static SentimentConfig fromEnv(Env env) {
    return new SentimentConfig(
        model(env),
        engine(env),
        env.getInt("MAX_TEXTS", DEFAULT_MAX_TEXTS, 1, 10_000),
        env.getInt("MAX_TEXT_BYTES", DEFAULT_MAX_TEXT_BYTES, 1, 1_000_000),
        band(env));
  }

  private static ModelSource model(Env env) {
    String uri = env.get("MODEL_S3_URI", null);
    if (uri != null && !uri.isBlank()) {
      try {
        String target = env.get("MODEL_DOWNLOAD_DIR", null);
        return ModelSource.s3(
            uri,
            target == null || target.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "sentiment-model")
                : Path.of(target));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("Environment variable MODEL_S3_URI: " + e.getMessage());
      }
    }
    String dir = env.get("MODEL_DIR", null);
    if (dir == null || dir.isBlank()) {
      throw new ConfigurationException(
          "Environment variable MODEL_DIR (or MODEL_S3_URI) is required: where the model is");
    }
    return ModelSource.local(Path.of(dir));
  }

  private static ModelEngine engine(Env env) {
    String name = env.get("ENGINE", ModelEngine.PYTORCH.djlName());
    try {
      return ModelEngine.named(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("Environment variable ENGINE: " + e.getMessage());
    }
  }

  private static double band(Env env) {
    String raw = env.get("NEUTRAL_BAND", null);
    if (raw == null) {
      return DEFAULT_NEUTRAL_BAND;
    }
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          "Environment variable NEUTRAL_BAND must be a number, got '" + raw + "'");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new ConfigurationException(
          "Environment variable NEUTRAL_BAND must be between 0 and 1, got " + raw);
    }
    return value;
  }
}
