package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a CloudFormation template, JSON or YAML, into a JSON tree in which YAML short-form tags are
 * written in their long form: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B}
 * becomes {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Condition C} becomes {@code {"Condition":
 * "C"}}, and any other {@code !Name v} becomes {@code {"Fn::Name": v}}.
 *
 * <p>Jackson's {@link YAMLParser} reports a node's tag through {@link JsonParser#getTypeId()} (with
 * the leading {@code !} removed) while still giving the tagged value as an ordinary string,
 * sequence or mapping, so no pre-processing of the text is needed. Scalars are kept as text nodes
 * (numbers and booleans included, as IAM reads them) so that an unquoted account id such as {@code
 * 012345678901} keeps its digits.
 */
final class TemplateReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String YAML_CORE_TAG = "tag:yaml.org,2002:";
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private TemplateReader() {}

  /**
   * The template's tree: parsed as JSON when {@code fileName} ends in {@code .json} or {@code
   * .template} and the text starts with a brace, as YAML otherwise.
   *
   * @throws dev.oaa.reasoning.errors.AccessAnalyzerException when the text is not JSON or YAML
   */
  static JsonNode read(String text, String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean json = (lower.endsWith(".json") || lower.endsWith(".template")) && looksLikeJson(text);
    try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        throw IacErrors.template(fileName, "line 1, column 1", "the template is empty");
      }
      JsonNode root = value(parser, fileName);
      if (parser.nextToken() != null) {
        throw IacErrors.template(fileName, where(parser), "unexpected content after the template");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw IacErrors.template(fileName, where(e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw IacErrors.template(fileName, "line 1, column 1", "cannot read: " + e.getMessage());
    }
  }

  private static boolean looksLikeJson(String text) {
    return text.stripLeading().startsWith("{");
  }

  private static JsonNode value(JsonParser parser, String fileName) throws IOException {
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw IacErrors.template(
          fileName, where(parser), "YAML aliases are not supported; write the value out");
    }
    Object typeId = parser.getTypeId();
    String tag = typeId == null ? null : typeId.toString();
    JsonNode value =
        switch (parser.currentToken()) {
          case START_OBJECT -> object(parser, fileName);
          case START_ARRAY -> array(parser, fileName);
          case VALUE_NULL -> NODES.nullNode();
          default -> NODES.textNode(parser.getText());
        };
    return tag == null || tag.startsWith(YAML_CORE_TAG) ? value : longForm(tag, value);
  }

  private static ObjectNode object(JsonParser parser, String fileName) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      object.set(name, value(parser, fileName));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser, String fileName) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(parser, fileName));
    }
    return array;
  }

  /** The long form of a short-form tag, such as {@code !GetAtt A.B.C} → {@code [A, B.C]}. */
  private static JsonNode longForm(String tag, JsonNode value) {
    ObjectNode result = NODES.objectNode();
    switch (tag) {
      case "Ref", "Condition" -> result.set(tag, value);
      case "GetAtt" -> result.set("Fn::GetAtt", getAtt(value));
      default -> result.set("Fn::" + tag, value);
    }
    return result;
  }

  private static JsonNode getAtt(JsonNode value) {
    if (!value.isTextual() || value.asText().indexOf('.') < 0) {
      return value;
    }
    String text = value.asText();
    int dot = text.indexOf('.');
    return NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
  }

  private static String where(JsonParser parser) {
    return where(parser.currentTokenLocation());
  }

  private static String where(JsonLocation at) {
    if (at == null) {
      return "line 1, column 1";
    }
    return "line " + Math.max(1, at.getLineNr()) + ", column " + Math.max(1, at.getColumnNr());
  }
}
