package dev.digest.pdftext;

import dev.digest.shared.json.Json;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends job messages to this function's own queue, where the event source mapping picks them up.
 */
final class JobQueue {
  private final SqsClient sqs;
  private final String queueUrl;

  JobQueue(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  /** Queues one job; SQS errors propagate, so the chunk that sent it is retried. */
  void send(PdfJob job) {
    sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Json.write(job)));
  }
}
