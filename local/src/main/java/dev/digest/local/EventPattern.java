package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An EventBridge event pattern, matched the way EventBridge matches it, so a rule locally selects
 * exactly the events it would select in AWS.
 *
 * <p>Supported: exact values, arrays of alternatives, nested objects, {@code prefix}, {@code
 * suffix}, {@code equals-ignore-case}, {@code anything-but}, {@code exists}, {@code numeric},
 * {@code wildcard} and {@code $or}. Anything else is refused when the template is read.
 */
final class EventPattern {
  private final JsonNode pattern;

  private EventPattern(JsonNode pattern) {
    this.pattern = pattern;
  }

  /**
   * Checks a pattern and wraps it.
   *
   * @param rule the rule's logical id, for error messages
   * @throws LocalException naming the first operator that is not supported
   */
  static EventPattern of(JsonNode pattern, String rule) {
    validate(pattern, rule);
    return new EventPattern(pattern);
  }

  /** Whether the event matches every field of the pattern. */
  boolean matches(JsonNode event) {
    return matchesObject(pattern, event);
  }

  private static boolean matchesObject(JsonNode pattern, JsonNode event) {
    for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals("$or")) {
        boolean any = false;
        for (JsonNode alternative : field.getValue()) {
          any |= matchesObject(alternative, event);
        }
        if (!any) {
          return false;
        }
        continue;
      }
      JsonNode value = event.path(field.getKey());
      if (field.getValue().isObject()) {
        if (!value.isObject() || !matchesObject(field.getValue(), value)) {
          return false;
        }
      } else if (!matchesAlternatives(field.getValue(), value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAlternatives(JsonNode alternatives, JsonNode value) {
    for (JsonNode alternative : alternatives) {
      if (value.isArray()) {
        for (JsonNode item : value) {
          if (matchesOne(alternative, item)) {
            return true;
          }
        }
      } else if (matchesOne(alternative, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesOne(JsonNode matcher, JsonNode value) {
    if (!matcher.isObject()) {
      return !value.isMissingNode() && sameValue(matcher, value);
    }
    String operator = matcher.fieldNames().next();
    JsonNode operand = matcher.get(operator);
    if (operator.equals("exists")) {
      boolean present = !value.isMissingNode() && !value.isContainerNode();
      return operand.asBoolean() == present;
    }
    if (value.isMissingNode() || value.isContainerNode()) {
      return false;
    }
    return switch (operator) {
      case "prefix" -> stringTest(operand, value, (s, t) -> s.startsWith(t));
      case "suffix" -> stringTest(operand, value, (s, t) -> s.endsWith(t));
      case "equals-ignore-case" ->
          value.isTextual() && value.asText().equalsIgnoreCase(operand.asText());
      case "wildcard" ->
          value.isTextual() && wildcard(operand.asText()).matcher(value.asText()).matches();
      case "anything-but" -> !anythingBut(operand, value);
      case "numeric" -> value.isNumber() && numeric(operand, value.decimalValue());
      default -> false;
    };
  }

  /** Whether the value is one of what {@code anything-but} excludes. */
  private static boolean anythingBut(JsonNode operand, JsonNode value) {
    if (operand.isArray()) {
      for (JsonNode excluded : operand) {
        if (sameValue(excluded, value)) {
          return true;
        }
      }
      return false;
    }
    if (operand.isObject()) {
      return matchesOne(operand, value);
    }
    return sameValue(operand, value);
  }

  private static boolean numeric(JsonNode conditions, BigDecimal value) {
    for (int i = 0; i + 1 < conditions.size(); i += 2) {
      int comparison = value.compareTo(conditions.get(i + 1).decimalValue());
      boolean holds =
          switch (conditions.get(i).asText()) {
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case "=" -> comparison == 0;
            case ">=" -> comparison >= 0;
            case ">" -> comparison > 0;
            default -> false;
          };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  private interface StringTest {
    boolean test(String value, String operand);
  }

  /** {@code prefix}/{@code suffix} take a string, or {@code {"equals-ignore-case": s}}. */
  private static boolean stringTest(JsonNode operand, JsonNode value, StringTest test) {
    if (!value.isTextual()) {
      return false;
    }
    if (operand.isObject() && operand.has("equals-ignore-case")) {
      return test.test(
          value.asText().toLowerCase(Locale.ROOT),
          operand.get("equals-ignore-case").asText().toLowerCase(Locale.ROOT));
    }
    return test.test(value.asText(), operand.asText());
  }

  private static boolean sameValue(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isNull()) {
      return actual.isNull();
    }
    return expected.getNodeType() == actual.getNodeType()
        && expected.asText().equals(actual.asText());
  }

  private static Pattern wildcard(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String part : glob.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void validate(JsonNode pattern, String rule) {
    if (!pattern.isObject()) {
      throw new LocalException(rule + ": an event pattern must be an object, got " + pattern);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (field.getKey().equals("$or")) {
        for (JsonNode alternative : value) {
          validate(alternative, rule);
        }
      } else if (value.isObject()) {
        validate(value, rule);
      } else if (value.isArray()) {
        for (JsonNode matcher : value) {
          validateMatcher(matcher, rule, field.getKey());
        }
      } else {
        throw new LocalException(
            rule + ": pattern field " + field.getKey() + " must be an array of values");
      }
    }
  }

  private static void validateMatcher(JsonNode matcher, String rule, String field) {
    if (!matcher.isObject()) {
      return;
    }
    if (matcher.size() != 1) {
      throw new LocalException(rule + ": a matcher of " + field + " must have one operator");
    }
    String operator = matcher.fieldNames().next();
    switch (operator) {
      case "prefix",
          "suffix",
          "equals-ignore-case",
          "wildcard",
          "anything-but",
          "exists",
          "numeric" -> {}
      default ->
          throw new LocalException(
              rule
                  + ": event pattern operator '"
                  + operator
                  + "' (field "
                  + field
                  + ") is not supported by the local runner");
    }
  }
}
