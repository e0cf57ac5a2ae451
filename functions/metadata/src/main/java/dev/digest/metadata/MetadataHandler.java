package dev.digest.metadata;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.digest.metadata.extract.Limits;
import dev.digest.metadata.extract.MetadataExtractor;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.s3.Uploads;

/** Lambda entry point: uploads arrive from S3 through EventBridge and this function's own queue. */
public final class MetadataHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private final MetadataService service;

  /** Builds real dependencies once per execution environment. */
  public MetadataHandler() {
    this(Env.system());
  }

  /** Builds dependencies from the given environment; used by tests and tools. */
  public MetadataHandler(Env env) {
    this(create(env));
  }

  /** Wraps a ready service. */
  public MetadataHandler(MetadataService service) {
    this.service = service;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return Uploads.handle(event, context, service::process);
  }

  private static MetadataService create(Env env) {
    return new MetadataService(
        AwsClients.fromEnvironment(env).s3(),
        new MetadataExtractor(Limits.DEFAULTS),
        MetadataConfig.fromEnv(env));
  }
}
