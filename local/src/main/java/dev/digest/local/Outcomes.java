package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.local.EventBus.Delivery;
import dev.digest.local.LocalStack.Upload;
import dev.digest.shared.s3.S3Events;
import dev.digest.shared.s3.S3ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works out what became of each uploaded file in each function that received it, from the
 * functions' own log lines ({@code outcome}, {@code key}, {@code reason}), the attempts the pollers
 * made and the dead-letter queues, so a run ends with one honest line per file.
 */
final class Outcomes {
  /** How a file fared, from best to worst. */
  enum Status {
    OK,
    SKIPPED,
    REJECTED,
    FAILED;

    /** The lower-case word printed in the summary. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What one function did with one file.
   *
   * @param functionId the function's logical id, or null when no function received the file
   * @param status how it fared
   * @param detail a short explanation: outputs written, the reason for a rejection, the error
   */
  record FunctionOutcome(String functionId, Status status, String detail) {
    @Override
    public String toString() {
      return functionId == null ? detail : functionId + ": " + detail;
    }
  }

  /**
   * What became of one file across every function.
   *
   * @param name the file's name in the run
   * @param key the object key it was uploaded under
   * @param status the worst status over the functions
   * @param functions one outcome per function that received it
   */
  record FileOutcome(String name, String key, Status status, List<FunctionOutcome> functions) {
    /** Copies the list. */
    FileOutcome {
      functions = List.copyOf(functions);
    }

    /** The summary line, such as {@code ok photo.jpg ThumbnailFunction: 3 outputs}. */
    String line() {
      List<String> parts = functions.stream().map(FunctionOutcome::toString).toList();
      return String.format(
          Locale.ROOT, "%-10s%s  %s", status.label(), name, String.join("; ", parts));
    }
  }

  private final Stack stack;
  private final Ledger ledger;
  private final Map<String, List<JsonNode>> logs;
  private final Map<String, List<JsonNode>> deadLetterBodies;

  /**
   * Gathers what the run left behind.
   *
   * @param stack the resolved template
   * @param ledger the pollers' attempts
   * @param logs each function's JSON log lines, by logical id
   * @param deadLetters the ids and bodies of dead-lettered messages, by queue logical id
   */
  Outcomes(
      Stack stack,
      Ledger ledger,
      Map<String, List<JsonNode>> logs,
      Map<String, List<JsonNode>> deadLetters) {
    this.stack = stack;
    this.ledger = ledger;
    this.logs = Map.copyOf(logs);
    this.deadLetterBodies = Map.copyOf(deadLetters);
  }

  /** The outcome of one upload. */
  FileOutcome of(Upload upload) {
    List<FunctionOutcome> outcomes = new ArrayList<>();
    if (upload.deliveries().isEmpty()) {
      String why =
          upload.bucket().eventBridgeEnabled()
              ? "no event rule matched s3://" + upload.bucket().name() + "/" + upload.key()
              : upload.bucket().logicalId() + " does not send events to EventBridge";
      outcomes.add(new FunctionOutcome(null, Status.SKIPPED, why));
    }
    for (Delivery delivery : upload.deliveries()) {
      List<FunctionSpec> consumers = stack.consumersOf(delivery.queueId());
      if (consumers.isEmpty()) {
        outcomes.add(
            new FunctionOutcome(
                null, Status.SKIPPED, delivery.queueId() + " has no function reading it"));
      }
      for (FunctionSpec function : consumers) {
        if (!ledger.wasFilteredOut(delivery.messageId(), function.logicalId())) {
          outcomes.add(outcome(upload, delivery, function));
        }
      }
    }
    if (outcomes.isEmpty()) {
      outcomes.add(
          new FunctionOutcome(
              null, Status.SKIPPED, "every function's event source filter left it out"));
    }
    Status worst =
        outcomes.stream().map(FunctionOutcome::status).max(Enum::compareTo).orElse(Status.OK);
    return new FileOutcome(upload.name(), upload.key(), worst, outcomes);
  }

  private FunctionOutcome outcome(Upload upload, Delivery delivery, FunctionSpec function) {
    String id = function.logicalId();
    List<Ledger.Attempt> attempts =
        ledger.attempts(delivery.messageId()).stream()
            .filter(a -> a.functionId().equals(id))
            .toList();
    String lastError = lastError(function, delivery.messageId(), attempts);
    QueueSpec queue = stack.queue(delivery.queueId()).orElseThrow();
    if (queue.redrive().isPresent() && deadLettered(queue.redrive().get(), delivery, upload)) {
      int count = attempts.isEmpty() ? queue.redrive().get().maxReceiveCount() : attempts.size();
      return new FunctionOutcome(
          id,
          Status.FAILED,
          "dead-lettered after "
              + count
              + " attempts"
              + (lastError == null ? "" : " (" + lastError + ")"));
    }
    JsonNode logged = loggedOutcome(function, upload);
    if (logged != null) {
      return fromLog(id, logged);
    }
    if (!attempts.isEmpty() && attempts.get(attempts.size() - 1).failed()) {
      return new FunctionOutcome(
          id,
          Status.FAILED,
          "still failing after "
              + attempts.size()
              + (attempts.size() == 1 ? " attempt" : " attempts")
              + " when the run ended"
              + (lastError == null ? "" : " (" + lastError + ")"));
    }
    if (!attempts.isEmpty()) {
      return new FunctionOutcome(id, Status.OK, "processed");
    }
    return new FunctionOutcome(id, Status.FAILED, "not processed before the run ended");
  }

  private static FunctionOutcome fromLog(String id, JsonNode line) {
    String outcome = line.path("outcome").asText();
    String message = oneLine(line.path("message").asText());
    String error = oneLine(line.path("errorMessage").asText(""));
    return switch (outcome) {
      case "ok" -> {
        if (line.path("outputs").isNumber()) {
          int outputs = line.path("outputs").asInt();
          yield new FunctionOutcome(
              id, Status.OK, outputs + (outputs == 1 ? " output" : " outputs"));
        }
        yield new FunctionOutcome(id, Status.OK, message.isEmpty() ? "ok" : message);
      }
      case "rejected" -> {
        String reason = line.path("reason").asText("rejected");
        yield new FunctionOutcome(
            id, Status.REJECTED, error.isEmpty() ? reason : reason + " (" + error + ")");
      }
      case "skipped" -> new FunctionOutcome(id, Status.SKIPPED, "skipped: " + message);
      default ->
          new FunctionOutcome(
              id,
              Status.FAILED,
              "outcome " + outcome + (error.isEmpty() ? "" : " (" + error + ")"));
    };
  }

  /** The function's last log line that reports an outcome for this object. */
  private JsonNode loggedOutcome(FunctionSpec function, Upload upload) {
    JsonNode found = null;
    for (JsonNode line : logs.getOrDefault(function.logicalId(), List.of())) {
      if (line.has("outcome")
          && line.path("key").asText().equals(upload.key())
          && (!line.has("bucket") || line.path("bucket").asText().equals(upload.bucket().name()))) {
        found = line;
      }
    }
    return found;
  }

  /** The last failure: the invocation's error, or the log line that names the message. */
  private String lastError(FunctionSpec function, String messageId, List<Ledger.Attempt> attempts) {
    for (int i = attempts.size() - 1; i >= 0; i--) {
      Ledger.Attempt attempt = attempts.get(i);
      if (!attempt.failed()) {
        continue;
      }
      if (attempt.error() != null) {
        return oneLine(attempt.error());
      }
      for (JsonNode line : logs.getOrDefault(function.logicalId(), List.of())) {
        if (line.path("requestId").asText().equals(attempt.requestId())
            && line.path("messageId").asText().equals(messageId)
            && line.has("errorMessage")) {
          String type = line.path("errorType").asText("");
          String simple = type.substring(type.lastIndexOf('.') + 1);
          return oneLine(
              (simple.isEmpty() ? "" : simple + ": ") + line.path("errorMessage").asText());
        }
      }
    }
    return null;
  }

  private boolean deadLettered(QueueSpec.Redrive redrive, Delivery delivery, Upload upload) {
    for (JsonNode letter : deadLetterBodies.getOrDefault(redrive.deadLetterQueueId(), List.of())) {
      if (letter.path("messageId").asText().equals(delivery.messageId())) {
        return true;
      }
      try {
        for (S3ObjectRef ref : S3Events.parse(letter.path("body").asText())) {
          if (ref.bucket().equals(upload.bucket().name()) && ref.key().equals(upload.key())) {
            return true;
          }
        }
      } catch (IllegalArgumentException e) {
        // A dead letter that is no S3 event belongs to no upload.
      }
    }
    return false;
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
  }
}
