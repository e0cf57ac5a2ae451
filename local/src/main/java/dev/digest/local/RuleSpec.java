package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An EventBridge rule of the template that delivers to queues.
 *
 * @param logicalId the template's name for it
 * @param eventBusName the bus it listens on; S3 publishes on {@code default}
 * @param enabled whether the rule is enabled
 * @param pattern the event pattern, with intrinsic functions resolved
 * @param targetQueueIds the logical ids of the queues it delivers to
 */
record RuleSpec(
    String logicalId,
    String eventBusName,
    boolean enabled,
    JsonNode pattern,
    List<String> targetQueueIds) {
  /** Copies the target list. */
  RuleSpec {
    targetQueueIds = List.copyOf(targetQueueIds);
  }
}
