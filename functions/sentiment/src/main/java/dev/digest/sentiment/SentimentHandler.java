package dev.digest.sentiment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda entry point: {@code {"texts": [...]}} to {@code {"results": [...], "count": N, "model":
 * "<id>"}}, or the same inside an API Gateway proxy event and answer. The model loads once, at
 * init; a model that cannot load fails init rather than serving the lexicon forever.
 */
public final class SentimentHandler implements RequestStreamHandler {
  private final SentimentService service;

  /** Builds real dependencies once per execution environment. */
  public SentimentHandler() {
    this(Env.system());
  }

  /** Builds dependencies from the given environment; used by tests and tools. */
  public SentimentHandler(Env env) {
    this(create(SentimentConfig.fromEnv(env), env));
  }

  /** Wraps a ready service. */
  public SentimentHandler(SentimentService service) {
    this.service = service;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    byte[] payload = input.readAllBytes();
    SentimentResponse response = service.handle(payload);
    output.write(
        ProxyReply.isProxyEvent(payload)
            ? ProxyReply.wrap(response)
            : Json.mapper().writeValueAsBytes(response));
  }

  private static Path download(ModelSource source, ModelEngine engine, Env env) throws IOException {
    try (S3Client s3 = AwsClients.fromEnvironment(env).s3()) {
      return new ModelDownload(s3).fetch(source, engine);
    }
  }

  private static SentimentService create(SentimentConfig config, Env env) {
    ModelSource source = config.model();
    String where = (source.downloads() ? "MODEL_S3_URI " : "MODEL_DIR ") + source;
    try {
      Path dir = source.downloads() ? download(source, config.engine(), env) : source.dir();
      SentimentModel model =
          SentimentModel.load(dir, config.engine(), SentimentModel.DEFAULT_BATCH_SIZE);
      return new SentimentService(config, model);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot load the sentiment model from " + where + ": " + e);
    }
  }
}
