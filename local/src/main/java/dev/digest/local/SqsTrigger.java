package dev.digest.local;

/**
 * An SQS event source of a function.
 *
 * @param name the event's name in the template (or the mapping's logical id)
 * @param queueId the logical id of the queue it polls
 * @param batchSize the most messages handed to one invocation
 * @param reportBatchItemFailures whether the function reports failed messages one by one
 * @param enabled whether the event source is enabled
 * @param filter which messages invoke the function; the others are deleted without invoking it
 */
record SqsTrigger(
    String name,
    String queueId,
    int batchSize,
    boolean reportBatchItemFailures,
    boolean enabled,
    FilterCriteria filter) {}
