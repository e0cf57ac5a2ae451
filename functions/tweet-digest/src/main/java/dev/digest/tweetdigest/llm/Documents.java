package dev.digest.tweetdigest.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Converts between Jackson trees and the SDK's documents, which Bedrock's tool schemas use. */
final class Documents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Documents() {}

  /** A JSON tree as an SDK document. */
  static Document of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Document.fromNull();
    }
    if (node.isObject()) {
      Map<String, Document> map = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        map.put(field.getKey(), of(field.getValue()));
      }
      return Document.fromMap(map);
    }
    if (node.isArray()) {
      List<Document> list = new ArrayList<>();
      node.forEach(item -> list.add(of(item)));
      return Document.fromList(list);
    }
    if (node.isBoolean()) {
      return Document.fromBoolean(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return Document.fromNumber(node.bigIntegerValue());
    }
    if (node.isNumber()) {
      return Document.fromNumber(node.decimalValue());
    }
    return Document.fromString(node.asText());
  }

  /** An SDK document as a JSON tree. */
  static JsonNode toJson(Document document) {
    if (document == null || document.isNull()) {
      return NODES.nullNode();
    }
    if (document.isMap()) {
      ObjectNode object = NODES.objectNode();
      document.asMap().forEach((key, value) -> object.set(key, toJson(value)));
      return object;
    }
    if (document.isList()) {
      ArrayNode array = NODES.arrayNode();
      document.asList().forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (document.isBoolean()) {
      return NODES.booleanNode(document.asBoolean());
    }
    if (document.isNumber()) {
      return NODES.numberNode(document.asNumber().bigDecimalValue());
    }
    return NODES.textNode(document.asString());
  }
}
