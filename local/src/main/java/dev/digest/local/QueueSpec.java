package dev.digest.local;

import java.util.Optional;

/**
 * A queue of the template, as the local stack creates it.
 *
 * @param logicalId the template's name for it
 * @param name the queue name
 * @param url the queue URL on the local SQS endpoint
 * @param arn the queue ARN, as event sources and rule targets name it
 * @param fifo whether it is a FIFO queue
 * @param visibilityTimeoutSeconds the template's VisibilityTimeout (SQS's default is 30); locally
 *     retries come sooner, see {@link LocalStack#RETRY_DELAY}
 * @param redrive where failed messages go, if anywhere
 */
record QueueSpec(
    String logicalId,
    String name,
    String url,
    String arn,
    boolean fifo,
    int visibilityTimeoutSeconds,
    Optional<Redrive> redrive) {

  /**
   * A queue's dead-letter settings.
   *
   * @param deadLetterQueueId the logical id of the dead-letter queue
   * @param maxReceiveCount receives after which a message moves there
   */
  record Redrive(String deadLetterQueueId, int maxReceiveCount) {}
}
