package dev.digest.local;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Reads a CloudFormation template into a JSON tree with every short-form tag ({@code !Ref}, {@code
 * !Sub}, {@code !GetAtt}...) rewritten to its long form, because a plain YAML read drops the tags
 * and leaves {@code !Ref X} indistinguishable from the string {@code X}.
 */
final class CfnYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLFactory YAML = new YAMLFactory();

  private CfnYaml() {}

  /** Parses YAML (or JSON, which is YAML) into a tree of long-form intrinsic functions. */
  static JsonNode read(String text) throws IOException {
    try (YAMLParser parser = YAML.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return NODES.objectNode();
      }
      return value(parser, token);
    }
  }

  private static JsonNode value(YAMLParser parser, JsonToken token) throws IOException {
    String tag = parser.getTypeId();
    JsonNode plain =
        switch (token) {
          case START_OBJECT -> object(parser);
          case START_ARRAY -> array(parser);
          case VALUE_STRING -> NODES.textNode(parser.getText());
          case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
          case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
          case VALUE_TRUE -> NODES.booleanNode(true);
          case VALUE_FALSE -> NODES.booleanNode(false);
          case VALUE_NULL -> NODES.nullNode();
          default -> throw new IOException("Unexpected " + token + " in template");
        };
    return tag == null || tag.contains(":") ? plain : longForm(tag, plain);
  }

  private static ObjectNode object(YAMLParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token != JsonToken.FIELD_NAME) {
        throw new IOException("Expected a field name in template, got " + token);
      }
      String name = parser.currentName();
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(YAMLParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(value(parser, token));
    }
    return array;
  }

  /**
   * {@code !Ref X} is {@code {"Ref": "X"}}; {@code !GetAtt A.B} is {@code {"Fn::GetAtt": [A, B]}}.
   */
  private static JsonNode longForm(String tag, JsonNode value) {
    ObjectNode node = NODES.objectNode();
    switch (tag) {
      case "Ref", "Condition" -> node.set(tag, value);
      case "GetAtt" -> {
        if (value.isTextual() && value.asText().contains(".")) {
          String text = value.asText();
          int dot = text.indexOf('.');
          node.set(
              "Fn::GetAtt",
              NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
        } else {
          node.set("Fn::GetAtt", value);
        }
      }
      default -> node.set("Fn::" + tag, value);
    }
    return node;
  }
}
