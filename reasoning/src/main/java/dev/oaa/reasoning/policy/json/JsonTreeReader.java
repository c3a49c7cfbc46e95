package dev.oaa.reasoning.policy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.oaa.reasoning.errors.Errors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON (no comments, no duplicate keys, no trailing content) into a {@link JsonTree}
 * with locations, turning Jackson's errors into one-line {@code PolicyParseException}s.
 */
final class JsonTreeReader {
  /** Far above IAM's largest policy (a 20 KB resource policy); guards against hostile input. */
  private static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private JsonTreeReader() {}

  static JsonTree read(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Errors.policyParse("", 1, 1, "the document is empty");
      }
      JsonTree root = readValue(parser, "");
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw Errors.policyParse(
            "", at.getLineNr(), at.getColumnNr(), "unexpected content after the policy document");
      }
      return root;
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw Errors.policyParse("", line, column, "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw Errors.policyParse("", 1, 1, "cannot read the document: " + e.getMessage());
    }
  }

  private static JsonTree readValue(JsonParser parser, String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(parser, pointer, line, column);
      case START_ARRAY -> readArray(parser, pointer, line, column);
      case VALUE_STRING -> scalar(JsonTree.Kind.STRING, parser, pointer, line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          scalar(JsonTree.Kind.NUMBER, parser, pointer, line, column);
      case VALUE_TRUE, VALUE_FALSE -> scalar(JsonTree.Kind.BOOLEAN, parser, pointer, line, column);
      case VALUE_NULL -> scalar(JsonTree.Kind.NULL, parser, pointer, line, column);
      default -> throw Errors.policyParse(pointer, line, column, "unexpected token " + token);
    };
  }

  private static JsonTree scalar(
      JsonTree.Kind kind, JsonParser parser, String pointer, int line, int column)
      throws IOException {
    return new JsonTree.Scalar(kind, parser.getText(), pointer, line, column);
  }

  private static JsonTree readObject(JsonParser parser, String pointer, int line, int column)
      throws IOException {
    Map<String, JsonTree> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      fields.put(name, readValue(parser, pointer + "/" + escape(name)));
    }
    return new JsonTree.Obj(fields, pointer, line, column);
  }

  private static JsonTree readArray(JsonParser parser, String pointer, int line, int column)
      throws IOException {
    List<JsonTree> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(readValue(parser, pointer + "/" + items.size()));
    }
    return new JsonTree.Arr(items, pointer, line, column);
  }

  /** RFC 6901 escaping of one reference token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
