package dev.digest.local;

import java.util.List;
import java.util.Optional;

/**
 * What the local stack runs: the template's buckets, queues, rules and functions with every name
 * resolved, and a note for each part of the template that is not emulated.
 *
 * @param account the stack name, account and region the names were built with
 * @param buckets the buckets
 * @param queues the queues
 * @param rules the EventBridge rules that deliver to queues
 * @param functions the Java functions
 * @param warnings what the template asks for that does not run locally
 */
record Stack(
    LocalAccount account,
    List<BucketSpec> buckets,
    List<QueueSpec> queues,
    List<RuleSpec> rules,
    List<FunctionSpec> functions,
    List<String> warnings) {

  /** Copies the lists. */
  Stack {
    buckets = List.copyOf(buckets);
    queues = List.copyOf(queues);
    rules = List.copyOf(rules);
    functions = List.copyOf(functions);
    warnings = List.copyOf(warnings);
  }

  /** The queue with this logical id. */
  Optional<QueueSpec> queue(String logicalId) {
    return queues.stream().filter(q -> q.logicalId().equals(logicalId)).findFirst();
  }

  /** The function with this logical id. */
  Optional<FunctionSpec> function(String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
  }

  /** The functions with an enabled SQS event source on this queue. */
  List<FunctionSpec> consumersOf(String queueId) {
    return functions.stream()
        .filter(
            f -> f.sqsTriggers().stream().anyMatch(t -> t.enabled() && t.queueId().equals(queueId)))
        .toList();
  }

  /** The queues that dead-letter into this one; empty when it is no dead-letter queue. */
  List<QueueSpec> sourcesOf(String deadLetterQueueId) {
    return queues.stream()
        .filter(
            q ->
                q.redrive().map(r -> r.deadLetterQueueId().equals(deadLetterQueueId)).orElse(false))
        .toList();
  }
}
