package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * The Lambda SQS event source mapping for one function and one queue: it long-polls the queue,
 * deletes what its filters leave out, invokes the function with the rest, deletes what succeeded
 * and leaves what failed for SQS to redeliver and, after the queue's receive limit, move to the
 * dead-letter queue.
 */
final class SqsEventSource implements AutoCloseable {
  private final SqsTrigger trigger;
  private final QueueSpec queue;
  private final FunctionHost host;
  private final SqsClient sqs;
  private final LocalAccount account;
  private final Ledger ledger;
  private final Duration retryDelay;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean busy;

  /**
   * Creates the poller; {@link #start()} starts it.
   *
   * @param trigger the template's SQS event
   * @param queue the queue it polls
   * @param host the function it invokes
   * @param sqs a client of the SQS emulator
   * @param account the region for the event
   * @param ledger where attempts are recorded
   * @param retryDelay how long a failed message stays hidden before it is retried
   */
  SqsEventSource(
      SqsTrigger trigger,
      QueueSpec queue,
      FunctionHost host,
      SqsClient sqs,
      LocalAccount account,
      Ledger ledger,
      Duration retryDelay) {
    this.trigger = trigger;
    this.queue = queue;
    this.host = host;
    this.sqs = sqs;
    this.account = account;
    this.ledger = ledger;
    this.retryDelay = retryDelay;
    this.thread =
        new Thread(this::run, "sqs-" + queue.logicalId() + "-" + host.function().logicalId());
    thread.setDaemon(true);
  }

  /** Starts polling. */
  void start() {
    thread.start();
  }

  /** Whether a batch is being handled right now. */
  boolean busy() {
    return busy;
  }

  private void run() {
    while (running) {
      try {
        List<Message> batch = receive();
        if (batch.isEmpty()) {
          continue;
        }
        busy = true;
        try {
          handle(batch);
        } finally {
          busy = false;
        }
      } catch (RuntimeException e) {
        if (running) {
          System.err.println(
              "local: polling "
                  + queue.logicalId()
                  + " for "
                  + host.function().logicalId()
                  + " failed: "
                  + e);
          sleep(Duration.ofSeconds(1));
        }
      }
    }
  }

  /**
   * Up to BatchSize messages: ReceiveMessage returns at most 10, so larger batches take several.
   */
  private List<Message> receive() {
    List<Message> batch = new ArrayList<>();
    // A batch stays hidden while the function may still be working on it (init, then timeout).
    int hidden = 2 * host.function().timeoutSeconds() + 20;
    while (running && batch.size() < trigger.batchSize()) {
      int wanted = Math.min(10, trigger.batchSize() - batch.size());
      List<Message> received =
          sqs.receiveMessage(
                  ReceiveMessageRequest.builder()
                      .queueUrl(queue.url())
                      .maxNumberOfMessages(wanted)
                      .waitTimeSeconds(batch.isEmpty() ? 1 : 0)
                      .visibilityTimeout(hidden)
                      .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                      .messageAttributeNames("All")
                      .build())
              .messages();
      batch.addAll(received);
      if (received.size() < wanted) {
        break;
      }
    }
    return batch;
  }

  /**
   * Deletes the messages no filter selects, as Lambda does, and invokes the function with the
   * others, if any.
   */
  private void handle(List<Message> received) {
    JsonNode records =
        SqsEvents.lambdaEvent(received, queue.arn(), account.region()).path("Records");
    List<Message> batch = new ArrayList<>();
    List<Message> filteredOut = new ArrayList<>();
    for (int i = 0; i < received.size(); i++) {
      (trigger.filter().matches(records.get(i)) ? batch : filteredOut).add(received.get(i));
    }
    filteredOut.forEach(m -> ledger.filteredOut(m.messageId(), host.function().logicalId()));
    delete(filteredOut);
    if (!batch.isEmpty()) {
      invoke(batch);
    }
  }

  private void invoke(List<Message> batch) {
    String event = Json.write(SqsEvents.lambdaEvent(batch, queue.arn(), account.region()));
    InvocationResult result = host.invoke(event.getBytes(StandardCharsets.UTF_8));
    if (!running) {
      return;
    }
    Set<String> failed = failedMessageIds(result, batch);
    String error = result.succeeded() ? null : result.describeError();
    List<Message> done = new ArrayList<>();
    List<Message> retry = new ArrayList<>();
    for (Message message : batch) {
      boolean messageFailed = failed.contains(message.messageId());
      ledger.record(
          message.messageId(),
          new Ledger.Attempt(
              host.function().logicalId(), result.requestId(), messageFailed, error));
      (messageFailed ? retry : done).add(message);
    }
    delete(done);
    retryLater(retry);
  }

  /**
   * Which messages failed. A function error fails the whole batch. With ReportBatchItemFailures the
   * response lists the failed ones; a response Lambda cannot read, or one naming an unknown
   * message, fails the whole batch, as in AWS.
   */
  private Set<String> failedMessageIds(InvocationResult result, List<Message> batch) {
    Set<String> all = new HashSet<>();
    batch.forEach(m -> all.add(m.messageId()));
    if (!result.succeeded()) {
      return all;
    }
    if (!trigger.reportBatchItemFailures()) {
      return Set.of();
    }
    String payload = result.payload() == null ? "" : result.payload().strip();
    if (payload.isEmpty() || payload.equals("null")) {
      return Set.of();
    }
    JsonNode response;
    try {
      response = Json.parse(payload);
    } catch (IllegalArgumentException e) {
      return all;
    }
    JsonNode failures = response.path("batchItemFailures");
    if (!failures.isArray()) {
      return Set.of();
    }
    Set<String> failed = new HashSet<>();
    for (JsonNode failure : failures) {
      String id = failure.path("itemIdentifier").asText("");
      if (!all.contains(id)) {
        return all;
      }
      failed.add(id);
    }
    return failed;
  }

  private void delete(List<Message> messages) {
    for (int from = 0; from < messages.size(); from += 10) {
      List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
      for (Message message : messages.subList(from, Math.min(messages.size(), from + 10))) {
        entries.add(
            DeleteMessageBatchRequestEntry.builder()
                .id(Integer.toString(entries.size()))
                .receiptHandle(message.receiptHandle())
                .build());
      }
      sqs.deleteMessageBatch(b -> b.queueUrl(queue.url()).entries(entries));
    }
  }

  /** Failed messages come back after the local retry delay instead of the full hidden time. */
  private void retryLater(List<Message> messages) {
    for (int from = 0; from < messages.size(); from += 10) {
      List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
      for (Message message : messages.subList(from, Math.min(messages.size(), from + 10))) {
        entries.add(
            ChangeMessageVisibilityBatchRequestEntry.builder()
                .id(Integer.toString(entries.size()))
                .receiptHandle(message.receiptHandle())
                .visibilityTimeout((int) retryDelay.toSeconds())
                .build());
      }
      sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queue.url()).entries(entries));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops polling; a batch in progress ends when its host is closed. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
