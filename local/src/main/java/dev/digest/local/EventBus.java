package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * The default EventBridge bus: an event goes to every queue targeted by every enabled rule whose
 * pattern matches it, as the whole event serialised to JSON, which is what an SQS target receives.
 */
final class EventBus {
  /**
   * One copy of an event in one queue.
   *
   * @param ruleId the rule that matched
   * @param queueId the queue it was sent to
   * @param messageId the message id SQS gave it
   */
  record Delivery(String ruleId, String queueId, String messageId) {}

  private record Route(RuleSpec rule, EventPattern pattern) {}

  private final List<Route> routes = new ArrayList<>();
  private final Map<String, QueueSpec> queues;
  private final SqsClient sqs;

  /**
   * Creates the bus.
   *
   * @param rules the template's rules; those on other buses or disabled never match
   * @param queues the queues by logical id
   * @param sqs a client of the SQS emulator
   */
  EventBus(List<RuleSpec> rules, Map<String, QueueSpec> queues, SqsClient sqs) {
    for (RuleSpec rule : rules) {
      if (rule.enabled() && rule.eventBusName().equals("default")) {
        routes.add(new Route(rule, EventPattern.of(rule.pattern(), rule.logicalId())));
      }
    }
    this.queues = Map.copyOf(queues);
    this.sqs = sqs;
  }

  /** Sends the event to every matching rule's targets and says where it went. */
  List<Delivery> publish(JsonNode event) {
    List<Delivery> deliveries = new ArrayList<>();
    String body = Json.write(event);
    for (Route route : routes) {
      if (!route.pattern().matches(event)) {
        continue;
      }
      for (String queueId : route.rule().targetQueueIds()) {
        QueueSpec queue = queues.get(queueId);
        SendMessageRequest.Builder request =
            SendMessageRequest.builder().queueUrl(queue.url()).messageBody(body);
        if (queue.fifo()) {
          request
              .messageGroupId(route.rule().logicalId())
              .messageDeduplicationId(event.path("id").asText());
        }
        String messageId = sqs.sendMessage(request.build()).messageId();
        deliveries.add(new Delivery(route.rule().logicalId(), queueId, messageId));
      }
    }
    return deliveries;
  }
}
