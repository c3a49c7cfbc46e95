package dev.oaa.jobs.notify.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The one Jackson mapper of the formats, and the small helpers they share. */
public final class Json {

  /** Thread-safe once configured; the formats only read and write trees with it. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Compact JSON text of a tree (keys in insertion order, no whitespace). */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // Trees of strings, numbers and booleans always serialize: a failure is a bug.
      throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** ISO-8601 UTC text, as AWS writes timestamps ({@code 2019-11-21T01:22:22Z}). */
  static String time(Instant instant) {
    return instant.toString();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  static ObjectNode strings(Map<String, String> values) {
    ObjectNode object = object();
    values.forEach(object::put);
    return object;
  }

  /** Cuts {@code text} to at most {@code max} characters, ending with {@code ...} when cut. */
  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
