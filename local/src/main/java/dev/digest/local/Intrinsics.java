package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsic functions with the local stack's names, so that bucket names,
 * queue URLs, ARNs and environment values are what the functions would see once deployed.
 */
final class Intrinsics {
  /** What {@code Ref} and {@code Fn::GetAtt} of a resource return locally. */
  interface Resources {
    /** The value of {@code Ref}, or null when there is no such resource. */
    JsonNode ref(String logicalId);

    /** The value of {@code Fn::GetAtt}, or null when there is no such resource. */
    JsonNode attribute(String logicalId, String attribute);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final String NO_VALUE = "AWS::NoValue";

  private final JsonNode template;
  private final LocalAccount account;
  private final Map<String, String> parameterValues;
  private final Resources resources;
  private final Map<String, Boolean> conditions = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  Intrinsics(
      JsonNode template,
      LocalAccount account,
      Map<String, String> parameterValues,
      Resources resources) {
    this.template = template;
    this.account = account;
    this.parameterValues = Map.copyOf(parameterValues);
    this.resources = resources;
  }

  /**
   * Resolves every intrinsic function in a node; {@code AWS::NoValue} comes back as a missing node
   * and disappears from objects and arrays.
   *
   * @param where where the node is in the template, for error messages
   */
  JsonNode resolve(JsonNode node, String where) {
    if (node == null || node.isMissingNode()) {
      return MissingNode.getInstance();
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = resolve(node.get(i), where + "[" + i + "]");
        if (!item.isMissingNode()) {
          out.add(item);
        }
      }
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    if (node.size() == 1) {
      String name = node.fieldNames().next();
      if (name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition")) {
        return function(name, node.get(name), where);
      }
    }
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = resolve(field.getValue(), where + "." + field.getKey());
      if (!value.isMissingNode()) {
        out.set(field.getKey(), value);
      }
    }
    return out;
  }

  /** Resolves a node that must be a scalar and returns it as text; null when it is absent. */
  String text(JsonNode node, String where) {
    JsonNode value = resolve(node, where);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new LocalException(where + " must be a single value, got " + value);
    }
    return value.asText();
  }

  /** Whether a named condition in the template's Conditions section holds. */
  boolean condition(String name) {
    Boolean known = conditions.get(name);
    if (known != null) {
      return known;
    }
    JsonNode definition = template.path("Conditions").path(name);
    if (definition.isMissingNode()) {
      throw new LocalException("Condition " + name + " is not defined in the template");
    }
    if (!evaluating.add("Condition " + name)) {
      throw new LocalException("Condition " + name + " refers to itself");
    }
    try {
      boolean value = truth(resolve(definition, "Conditions." + name), "Conditions." + name);
      conditions.put(name, value);
      return value;
    } finally {
      evaluating.remove("Condition " + name);
    }
  }

  private JsonNode function(String name, JsonNode argument, String where) {
    String at = where + "." + name;
    return switch (name) {
      case "Ref" -> ref(textArgument(argument, at), at);
      case "Condition" -> NODES.booleanNode(condition(textArgument(argument, at)));
      case "Fn::GetAtt" -> getAtt(argument, at);
      case "Fn::Sub" -> NODES.textNode(sub(argument, at));
      case "Fn::Join" -> join(argument, at);
      case "Fn::Select" -> select(argument, at);
      case "Fn::Split" -> split(argument, at);
      case "Fn::If" -> fnIf(argument, at);
      case "Fn::Equals" -> equalsFunction(argument, at);
      case "Fn::Not" ->
          NODES.booleanNode(!truth(resolve(arguments(argument, 1, at).get(0), at), at));
      case "Fn::And" -> and(argument, at);
      case "Fn::Or" -> or(argument, at);
      case "Fn::FindInMap" -> findInMap(argument, at);
      case "Fn::GetAZs" -> availabilityZones();
      case "Fn::Base64" ->
          NODES.textNode(
              Base64.getEncoder()
                  .encodeToString(
                      String.valueOf(text(argument, at)).getBytes(StandardCharsets.UTF_8)));
      case "Fn::ToJsonString" -> NODES.textNode(Json.write(resolve(argument, at)));
      case "Fn::Length" -> NODES.numberNode(resolve(argument, at).size());
      default ->
          throw new LocalException(
              name + " at " + where + " cannot be evaluated locally (it needs a deployed stack)");
    };
  }

  private JsonNode ref(String name, String where) {
    if (name.equals(NO_VALUE)) {
      return MissingNode.getInstance();
    }
    JsonNode pseudo = account.pseudoParameter(name);
    if (pseudo != null) {
      return pseudo;
    }
    JsonNode parameter = template.path("Parameters").path(name);
    if (!parameter.isMissingNode()) {
      return parameter(name, parameter);
    }
    JsonNode resource = guarded("Ref " + name, () -> resources.ref(name));
    if (resource == null) {
      throw new LocalException("Ref " + name + " at " + where + ": no such parameter or resource");
    }
    return resource;
  }

  private JsonNode parameter(String name, JsonNode declaration) {
    String value = parameterValues.get(name);
    if (value == null) {
      JsonNode fallback = declaration.path("Default");
      if (fallback.isMissingNode()) {
        throw new LocalException(
            "Parameter " + name + " has no Default: pass --parameter " + name + "=VALUE");
      }
      value = fallback.asText();
    }
    JsonNode allowed = declaration.path("AllowedValues");
    if (allowed.isArray() && allowed.size() > 0) {
      boolean listed = false;
      for (JsonNode option : allowed) {
        listed |= option.asText().equals(value);
      }
      if (!listed) {
        throw new LocalException(
            "Parameter " + name + " must be one of " + allowed + ", got '" + value + "'");
      }
    }
    String type = declaration.path("Type").asText("String");
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      ArrayNode list = NODES.arrayNode();
      for (String item : value.split(",", -1)) {
        list.add(item.strip());
      }
      return list;
    }
    return NODES.textNode(value);
  }

  private JsonNode getAtt(JsonNode argument, String where) {
    JsonNode args = resolve(argument, where);
    String logicalId;
    String attribute;
    if (args.isTextual() && args.asText().contains(".")) {
      String text = args.asText();
      logicalId = text.substring(0, text.indexOf('.'));
      attribute = text.substring(text.indexOf('.') + 1);
    } else if (args.isArray() && args.size() == 2) {
      logicalId = args.get(0).asText();
      attribute = args.get(1).asText();
    } else {
      throw new LocalException("Fn::GetAtt at " + where + " needs [LogicalId, Attribute]");
    }
    JsonNode value =
        guarded("GetAtt " + logicalId, () -> resources.attribute(logicalId, attribute));
    if (value == null) {
      throw new LocalException(
          "Fn::GetAtt " + logicalId + "." + attribute + " at " + where + ": no such resource");
    }
    return value;
  }

  private String sub(JsonNode argument, String where) {
    String format;
    Map<String, String> variables = new HashMap<>();
    if (argument.isTextual()) {
      format = argument.asText();
    } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
      format = argument.get(0).asText();
      for (Iterator<Map.Entry<String, JsonNode>> it = argument.get(1).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> variable = it.next();
        variables.put(
            variable.getKey(), text(variable.getValue(), where + "." + variable.getKey()));
      }
    } else {
      throw new LocalException("Fn::Sub at " + where + " needs a string or [string, variables]");
    }
    Matcher matcher = SUB_VARIABLE.matcher(format);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1).strip();
      String replacement;
      if (name.startsWith("!")) {
        replacement = "${" + name.substring(1) + "}";
      } else if (variables.containsKey(name)) {
        replacement = variables.get(name);
      } else if (name.contains(".") && !name.startsWith("AWS::")) {
        int dot = name.indexOf('.');
        replacement =
            scalar(
                getAtt(
                    NODES.arrayNode().add(name.substring(0, dot)).add(name.substring(dot + 1)),
                    where),
                where);
      } else {
        replacement = scalar(ref(name, where), where);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private JsonNode join(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 2, where);
    String delimiter = text(args.get(0), where);
    JsonNode items = resolve(args.get(1), where);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(scalar(items.get(i), where));
    }
    return NODES.textNode(out.toString());
  }

  private JsonNode select(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 2, where);
    int index = Integer.parseInt(text(args.get(0), where));
    JsonNode items = resolve(args.get(1), where);
    if (index < 0 || index >= items.size()) {
      throw new LocalException("Fn::Select at " + where + ": index " + index + " out of range");
    }
    return items.get(index);
  }

  private JsonNode split(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 2, where);
    String delimiter = text(args.get(0), where);
    String source = text(args.get(1), where);
    ArrayNode out = NODES.arrayNode();
    for (String part : source.split(Pattern.quote(delimiter), -1)) {
      out.add(part);
    }
    return out;
  }

  private JsonNode fnIf(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 3, where);
    return condition(text(args.get(0), where))
        ? resolve(args.get(1), where)
        : resolve(args.get(2), where);
  }

  private JsonNode equalsFunction(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 2, where);
    JsonNode left = resolve(args.get(0), where);
    JsonNode right = resolve(args.get(1), where);
    boolean same =
        left.isValueNode() && right.isValueNode()
            ? left.asText().equals(right.asText())
            : left.equals(right);
    return NODES.booleanNode(same);
  }

  private JsonNode and(JsonNode argument, String where) {
    for (JsonNode item : argument) {
      if (!truth(resolve(item, where), where)) {
        return NODES.booleanNode(false);
      }
    }
    return NODES.booleanNode(true);
  }

  private JsonNode or(JsonNode argument, String where) {
    for (JsonNode item : argument) {
      if (truth(resolve(item, where), where)) {
        return NODES.booleanNode(true);
      }
    }
    return NODES.booleanNode(false);
  }

  private JsonNode findInMap(JsonNode argument, String where) {
    ArrayNode args = arguments(argument, 3, where);
    JsonNode value =
        template
            .path("Mappings")
            .path(text(args.get(0), where))
            .path(text(args.get(1), where))
            .path(text(args.get(2), where));
    if (value.isMissingNode()) {
      throw new LocalException("Fn::FindInMap at " + where + ": no such entry");
    }
    return resolve(value, where);
  }

  private JsonNode availabilityZones() {
    ArrayNode zones = NODES.arrayNode();
    for (String suffix : new String[] {"a", "b", "c"}) {
      zones.add(account.region() + suffix);
    }
    return zones;
  }

  private JsonNode guarded(String what, java.util.function.Supplier<JsonNode> lookup) {
    if (!evaluating.add(what)) {
      throw new LocalException("Circular reference: " + what + " depends on itself");
    }
    try {
      return lookup.get();
    } finally {
      evaluating.remove(what);
    }
  }

  private static ArrayNode arguments(JsonNode argument, int count, String where) {
    if (!argument.isArray() || argument.size() != count) {
      throw new LocalException(where + " needs a list of " + count + " arguments");
    }
    return (ArrayNode) argument;
  }

  private static String textArgument(JsonNode argument, String where) {
    if (!argument.isTextual()) {
      throw new LocalException(where + " needs a name");
    }
    return argument.asText();
  }

  private static String scalar(JsonNode value, String where) {
    if (value.isContainerNode() || value.isMissingNode()) {
      throw new LocalException(where + " must resolve to a single value, got " + value);
    }
    return value.asText();
  }

  private static boolean truth(JsonNode value, String where) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
      return Boolean.parseBoolean(value.asText());
    }
    throw new LocalException(where + " must be a condition, got " + value);
  }
}
