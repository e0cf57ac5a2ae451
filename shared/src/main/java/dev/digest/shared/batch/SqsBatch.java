package dev.digest.shared.batch;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import dev.digest.shared.log.Log;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes an SQS batch record by record, so one bad record neither fails nor repeats the others
 * ({@code ReportBatchItemFailures}).
 */
public final class SqsBatch {
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
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    List<SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
    for (SQSMessage message : records) {
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
