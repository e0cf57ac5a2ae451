package dev.digest.tweetdigest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one invocation asks for, parsed from its payload, so a weekly schedule and an ad hoc rerun
 * go through the same service.
 *
 * <p>An EventBridge scheduled event ({@code "detail-type": "Scheduled Event"}, {@code source:
 * aws.events}) gives only its {@code time}, the end of the period. Any other object is ad hoc:
 * {@code {"accounts": [...], "since": "ISO instant", "dryRun": true, "force": false}}, every field
 * optional and unknown fields ignored; the period then ends now.
 *
 * @param accounts usernames to fetch; empty means the configured {@code ACCOUNTS}
 * @param since the period's start, or null for the lookback before its end
 * @param eventTime the scheduled event's time, or null for now
 * @param dryRun build and archive, but send nothing
 * @param force send even when the week is already marked sent
 */
public record DigestRequest(
    List<String> accounts, Instant since, Instant eventTime, boolean dryRun, boolean force) {

  public DigestRequest {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  /** The scheduled default: configured accounts, the lookback before now, sending. */
  public static DigestRequest scheduled() {
    return new DigestRequest(List.of(), null, null, false, false);
  }

  /**
   * Parses a payload; an empty or null payload is the scheduled default.
   *
   * @throws IllegalArgumentException naming the field that is not valid
   */
  public static DigestRequest parse(JsonNode payload) {
    if (payload == null || payload.isNull() || payload.isMissingNode()) {
      return scheduled();
    }
    if (!payload.isObject()) {
      throw new IllegalArgumentException("The request must be a JSON object");
    }
    if ("Scheduled Event".equals(payload.path("detail-type").asText(null))
        && "aws.events".equals(payload.path("source").asText(null))) {
      return new DigestRequest(List.of(), null, instant(payload, "time"), false, false);
    }
    return new DigestRequest(
        accounts(payload),
        instant(payload, "since"),
        null,
        bool(payload, "dryRun"),
        bool(payload, "force"));
  }

  /** The period's end: the event's time, else {@code now}. */
  public Instant to(Instant now) {
    return eventTime == null ? now : eventTime;
  }

  /** The period's start: {@code since}, else {@code lookback} before {@code to}. */
  public Instant from(Instant to, Duration lookback) {
    return since == null ? to.minus(lookback) : since;
  }

  private static List<String> accounts(JsonNode payload) {
    JsonNode node = payload.get("accounts");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("Field 'accounts' must be an array of usernames");
    }
    List<String> accounts = new ArrayList<>();
    for (JsonNode account : node) {
      if (!account.isTextual()) {
        throw new IllegalArgumentException("Field 'accounts' must hold only strings");
      }
      String name = account.asText().strip();
      if (!name.isEmpty()) {
        accounts.add(name);
      }
    }
    return accounts;
  }

  private static Instant instant(JsonNode payload, String field) {
    JsonNode node = payload.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Field '"
              + field
              + "' must be an ISO-8601 instant such as 2026-11-23T00:00:00Z, got '"
              + node.asText()
              + "'",
          e);
    }
  }

  private static boolean bool(JsonNode payload, String field) {
    JsonNode node = payload.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException("Field '" + field + "' must be true or false");
    }
    return node.asBoolean();
  }
}
