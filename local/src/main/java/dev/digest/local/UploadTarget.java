package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where uploads go: the bucket whose "Object Created" events a rule sends to queues, and the key
 * prefix that rule asks for, so files land where the template's consumers will see them.
 *
 * @param bucket the uploads bucket
 * @param prefix the key prefix, such as {@code uploads/}
 */
record UploadTarget(BucketSpec bucket, String prefix) {
  /** The prefix used when the rule asks for none. */
  static final String DEFAULT_PREFIX = "uploads/";

  /** Finds the first bucket with EventBridge enabled that a rule with queue targets listens to. */
  static UploadTarget find(Stack stack) {
    for (RuleSpec rule : stack.rules()) {
      if (!rule.enabled() || rule.targetQueueIds().isEmpty()) {
        continue;
      }
      JsonNode pattern = rule.pattern();
      if (!pattern.path("source").toString().contains("aws.s3")) {
        continue;
      }
      JsonNode names = pattern.path("detail").path("bucket").path("name");
      for (BucketSpec bucket : stack.buckets()) {
        if (!bucket.eventBridgeEnabled()) {
          continue;
        }
        if (names.isMissingNode() || names.toString().contains("\"" + bucket.name() + "\"")) {
          return new UploadTarget(bucket, prefix(pattern));
        }
      }
    }
    throw new LocalException(
        "No bucket in the template sends 'Object Created' events to a rule with queue targets,"
            + " so nothing would process uploads");
  }

  private static String prefix(JsonNode pattern) {
    for (JsonNode matcher : pattern.path("detail").path("object").path("key")) {
      if (matcher.path("prefix").isTextual()) {
        return matcher.path("prefix").asText();
      }
    }
    return DEFAULT_PREFIX;
  }
}
