package dev.digest.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code FilterCriteria} of an SQS event source, applied as Lambda applies it, so that a
 * function locally sees exactly the messages it would see in AWS and the others are deleted unseen.
 *
 * <p>Each filter is an event pattern (the EventBridge language, see {@link EventPattern}) matched
 * against the record Lambda would deliver; a record passes when any filter matches. For {@code
 * body}, Lambda compares formats first: a filter that gives {@code body} an object only matches a
 * body that is JSON, which is then matched as parsed JSON; a filter that gives {@code body} a list
 * of values only matches a body that is not JSON, as a plain string.
 *
 * @param patterns the filters' patterns, parsed; empty when the event source has no filter
 */
record FilterCriteria(List<JsonNode> patterns) {
  private static final ObjectReader STRICT =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** No filter: every message invokes the function. */
  static final FilterCriteria NONE = new FilterCriteria(List.of());

  /** Copies the list. */
  FilterCriteria {
    patterns = List.copyOf(patterns);
  }

  /**
   * Parses and checks the {@code Pattern} strings of a {@code FilterCriteria}.
   *
   * @param patterns each filter's {@code Pattern}, a JSON string
   * @param where the template path of the event source, for error messages
   * @throws LocalException naming the filter that is not JSON or uses an unsupported operator
   */
  static FilterCriteria parse(List<String> patterns, String where) {
    List<JsonNode> parsed = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      String place = where + ".FilterCriteria.Filters[" + i + "].Pattern";
      JsonNode pattern;
      try {
        pattern = Json.parse(patterns.get(i));
      } catch (IllegalArgumentException e) {
        throw new LocalException(place + " is not JSON: " + e.getMessage(), e);
      }
      EventPattern.of(pattern, place);
      parsed.add(pattern);
    }
    return new FilterCriteria(parsed);
  }

  /** Whether the record (as in the Lambda event, {@code body} a string) passes any filter. */
  boolean matches(JsonNode record) {
    if (patterns.isEmpty()) {
      return true;
    }
    for (JsonNode pattern : patterns) {
      JsonNode view = view(pattern, record);
      if (view != null && EventPattern.of(pattern, "FilterCriteria").matches(view)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record as this pattern sees it: {@code body} parsed when the pattern filters JSON, kept as
   * a string when it filters plain text; null when the body's format does not fit the pattern.
   */
  private static JsonNode view(JsonNode pattern, JsonNode record) {
    JsonNode wanted = pattern.path("body");
    if (wanted.isMissingNode()) {
      return record;
    }
    JsonNode body = parsedBody(record.path("body").asText());
    if (wanted.isObject() != (body != null)) {
      return null;
    }
    if (body == null) {
      return record;
    }
    ObjectNode view = record.deepCopy();
    view.set("body", body);
    return view;
  }

  /** The body as JSON, or null when it is not exactly one JSON value ({@code 1 2} is not). */
  private static JsonNode parsedBody(String body) {
    try {
      JsonNode parsed = STRICT.readTree(body);
      return parsed == null || parsed.isMissingNode() ? null : parsed;
    } catch (IOException e) {
      return null;
    }
  }
}
