package dev.digest.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What happened to each queued message: every delivery attempt, with the invocation that made it
 * and its error, and which functions' filters dropped it, so a run can say why a file failed and
 * after how many attempts, and which functions never saw it.
 */
final class Ledger {
  /**
   * One attempt at one message.
   *
   * @param functionId the logical id of the function that was invoked
   * @param requestId the invocation's request id, which tags the function's log lines
   * @param failed whether the message failed in this attempt
   * @param error the invocation's error, or null when only this message failed (the reason is then
   *     in the function's log)
   */
  record Attempt(String functionId, String requestId, boolean failed, String error) {}

  private final Map<String, List<Attempt>> attempts = new HashMap<>();
  private final Map<String, Set<String>> filteredOut = new HashMap<>();

  /** Records an attempt at a message. */
  synchronized void record(String messageId, Attempt attempt) {
    attempts.computeIfAbsent(messageId, id -> new ArrayList<>()).add(attempt);
  }

  /** Records that a function's event source filters deleted a message without invoking it. */
  synchronized void filteredOut(String messageId, String functionId) {
    filteredOut.computeIfAbsent(messageId, id -> new HashSet<>()).add(functionId);
  }

  /** Whether a function's event source filters deleted the message without invoking it. */
  synchronized boolean wasFilteredOut(String messageId, String functionId) {
    return filteredOut.getOrDefault(messageId, Set.of()).contains(functionId);
  }

  /** The attempts at a message, oldest first. */
  synchronized List<Attempt> attempts(String messageId) {
    return List.copyOf(attempts.getOrDefault(messageId, List.of()));
  }
}
