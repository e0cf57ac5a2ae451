package dev.digest.tweetdigest.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of an answer in the subset that Gemini's {@code responseSchema} (OpenAPI) and Bedrock's
 * tool input schema (JSON Schema) share, so one description serves both providers.
 *
 * @param node the schema as JSON Schema, with lower-case types
 */
public record JsonSchema(JsonNode node) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public JsonSchema {
    node = node.deepCopy();
  }

  /** A string. */
  public static JsonSchema string() {
    return new JsonSchema(NODES.objectNode().put("type", "string"));
  }

  /** A string that must be one of {@code values}. */
  public static JsonSchema oneOf(List<String> values) {
    ObjectNode schema = NODES.objectNode().put("type", "string");
    ArrayNode allowed = schema.putArray("enum");
    values.forEach(allowed::add);
    return new JsonSchema(schema);
  }

  /** An array of {@code items}. */
  public static JsonSchema array(JsonSchema items) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.set("items", items.node());
    return new JsonSchema(schema);
  }

  /** An object whose properties, in order, are all required. */
  public static JsonSchema object(Map<String, JsonSchema> properties) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    properties.forEach(
        (name, property) -> {
          props.set(name, property.node());
          required.add(name);
        });
    return new JsonSchema(schema);
  }

  /** The schema as JSON Schema, for Bedrock's tool input schema. */
  @Override
  public JsonNode node() {
    return node.deepCopy();
  }

  /** The schema in Gemini's OpenAPI form: upper-case types, {@code propertyOrdering} kept. */
  public JsonNode openApi() {
    JsonNode copy = node.deepCopy();
    upperCaseTypes(copy);
    return copy;
  }

  private static void upperCaseTypes(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode type = object.get("type");
      if (type != null && type.isTextual()) {
        object.put("type", type.asText().toUpperCase(Locale.ROOT));
      }
      JsonNode properties = object.get("properties");
      if (properties instanceof ObjectNode props) {
        ArrayNode ordering = object.putArray("propertyOrdering");
        Iterator<Map.Entry<String, JsonNode>> fields = props.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          ordering.add(field.getKey());
          upperCaseTypes(field.getValue());
        }
      }
      JsonNode items = object.get("items");
      if (items != null) {
        upperCaseTypes(items);
      }
    }
  }
}
