package dev.digest.thumbnail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.s3.Uploads;
import dev.digest.thumbnail.image.Thumbnailer;
import org.crac.Core;
import org.crac.Resource;

/**
 * Lambda entry point: uploads arrive from S3 through EventBridge and SQS, one queue per consumer.
 */
public final class ThumbnailHandler
    implements RequestHandler<SQSEvent, SQSBatchResponse>, Resource {
  private final ThumbnailService service;

  /** Builds real dependencies once per execution environment. */
  public ThumbnailHandler() {
    this(Env.system());
  }

  /** Builds dependencies from the given environment; used by tests and tools. */
  public ThumbnailHandler(Env env) {
    this(create(env));
  }

  /** Wraps a ready service and registers for SnapStart's checkpoint. */
  public ThumbnailHandler(ThumbnailService service) {
    this.service = service;
    Core.getGlobalContext().register(this);
  }

  /**
   * Before SnapStart takes its snapshot, render one small image so decoders and encoders are loaded
   * and initialised in the snapshot. No connection is opened, so none goes stale.
   */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    service.warmUp();
  }

  /** Nothing to restore: the snapshot holds no connections, randomness or timestamps. */
  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {}

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return Uploads.handle(event, context, service::process);
  }

  private static ThumbnailService create(Env env) {
    ThumbnailConfig config = ThumbnailConfig.fromEnv(env);
    return new ThumbnailService(
        AwsClients.fromEnvironment(env).s3(), new Thumbnailer(config.render()), config);
  }
}
