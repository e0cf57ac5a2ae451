package dev.digest.shared.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import dev.digest.shared.log.Log;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes an SQS batch record by record, so one bad record neither fails nor repeats the others
 * ({@code ReportBatchItemFailures}).
 */
public final class SqsBatch {
  /** Time kept free at the end of an invocation: no record starts within it. */
  public static final Duration TIME_RESERVE = Duration.ofSeconds(10);

  private static final Log LOG = Log.of(SqsBatch.class);

  /** Work for one message; throw to fail it. */
  @FunctionalInterface
  public interface RecordHandler {
    /** Handles one message. */
    void handle(SQSMessage message) throws Exception;
  }

  private SqsBatch() {}

  /**
   * Runs the handler over each message. A {@link BadInputException} is logged and the message
   * acknowledged, since retrying cannot help; any other failure is reported so that SQS retries the
   * message and, after the queue's receive limit, moves it to the dead-letter queue.
   */
  public static SQSBatchResponse process(SQSEvent event, RecordHandler handler) {
    return process(event, null, handler);
  }

  /**
   * As {@link #process(SQSEvent, RecordHandler)}, but stops starting records once less than {@link
   * #TIME_RESERVE} of the invocation is left: those are reported as failures untouched, so SQS
   * delivers them again, instead of the whole batch timing out and counting a failed receive
   * against records that never ran.
   */
  public static SQSBatchResponse process(SQSEvent event, Context context, RecordHandler handler) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    List<SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
    for (SQSMessage message : records) {
      if (context != null && context.getRemainingTimeInMillis() < TIME_RESERVE.toMillis()) {
        LOG.warn("Out of time; record left for redelivery", "messageId", message.getMessageId());
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        continue;
      }
      try {
        handler.handle(message);
      } catch (BadInputException e) {
        LOG.error(
            "Rejected bad input", e, "messageId", message.getMessageId(), "reason", e.reason());
      } catch (Exception e) {
        LOG.error("Record failed; it will be retried", e, "messageId", message.getMessageId());
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      }
    }
    return new SQSBatchResponse(failures);
  }
}
