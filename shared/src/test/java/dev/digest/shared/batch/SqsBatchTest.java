package dev.digest.shared.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsBatchTest {
  @Test
  void process_oneRecordThrows_onlyThatRecordIsReportedAndOthersStillRun() {
    List<String> handled = new ArrayList<>();

    SQSBatchResponse response =
        SqsBatch.process(
            event("a", "b", "c"),
            message -> {
              if (message.getMessageId().equals("b")) {
                throw new IllegalStateException("S3 unavailable");
              }
              handled.add(message.getMessageId());
            });

    assertThat(handled).containsExactly("a", "c");
    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("b");
  }

  @Test
  void process_badInput_isAcknowledgedNotRetried() {
    SQSBatchResponse response =
        SqsBatch.process(
            event("a"),
            message -> {
              throw new BadInputException("not-an-image", "uploads/x.jpg is text");
            });

    assertThat(response.getBatchItemFailures()).isEmpty();
  }

  @Test
  void process_lessThanReserveLeft_reportsUnstartedRecordsWithoutRunningThem() {
    List<String> handled = new ArrayList<>();
    long[] remaining = {60_000};

    SQSBatchResponse response =
        SqsBatch.process(
            event("a", "b", "c"),
            context(remaining),
            message -> {
              handled.add(message.getMessageId());
              remaining[0] = 5_000; // the first record used up the time
            });

    assertThat(handled).containsExactly("a");
    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("b", "c");
  }

  @Test
  void process_noRecords_reportsNoFailures() {
    assertThat(SqsBatch.process(new SQSEvent(), m -> {}).getBatchItemFailures()).isEmpty();
  }

  private static Context context(long[] remainingMillis) {
    return (Context)
        Proxy.newProxyInstance(
            Context.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) ->
                method.getName().equals("getRemainingTimeInMillis")
                    ? (int) remainingMillis[0]
                    : null);
  }

  private static SQSEvent event(String... ids) {
    List<SQSEvent.SQSMessage> messages = new ArrayList<>();
    for (String id : ids) {
      SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
      message.setMessageId(id);
      message.setBody("{}");
      messages.add(message);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(messages);
    return event;
  }
}
