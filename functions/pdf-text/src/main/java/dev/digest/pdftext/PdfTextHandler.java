package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.digest.pdftext.extract.ExtractLimits;
import dev.digest.pdftext.extract.PdfExtractor;
import dev.digest.pdftext.extract.TableFinder;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Lambda entry point for both ways a PDF arrives: batches from the function's own queue (upload
 * events and its own jobs) and direct invokes, which need a stream handler because the input shape
 * is known only after reading it.
 */
public final class PdfTextHandler implements RequestStreamHandler, Resource {
  private final PdfTextService service;
  private final PdfTextRouter router;

  /** Builds real dependencies once per execution environment. */
  public PdfTextHandler() {
    this(Env.system());
  }

  /** Builds dependencies from the given environment; used by tests and tools. */
  public PdfTextHandler(Env env) {
    this(create(env));
  }

  /** Wraps a ready service and registers for SnapStart's checkpoint. */
  public PdfTextHandler(PdfTextService service) {
    this.service = service;
    this.router = new PdfTextRouter(service);
    Core.getGlobalContext().register(this);
  }

  /** Before SnapStart takes its snapshot, extract one small document so PDFBox is loaded. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    service.warmUp();
  }

  /** Nothing to restore: the snapshot holds no connections, randomness or timestamps. */
  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {}

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Log.bindRequest(context == null ? null : context.getAwsRequestId());
    Json.mapper().writeValue(output, router.route(input.readAllBytes(), context));
  }

  private static PdfTextService create(Env env) {
    PdfTextConfig config = PdfTextConfig.fromEnv(env);
    AwsClients clients = AwsClients.fromEnvironment(env);
    ExtractLimits limits = ExtractLimits.DEFAULTS;
    return new PdfTextService(
        clients.s3(),
        clients.configure(SqsClient.builder(), "SQS").build(),
        Extraction.of(new PdfExtractor(limits, new TableFinder(limits.maxTableCells()))),
        config);
  }
}
