package dev.oaa.jobs.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exact JSON comparison: same keys in the same order, same values, whitespace aside. */
final class JsonAssert {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonAssert() {}

  static void assertJson(Object actual, String expected) {
    String actualText = actual instanceof String text ? text : Json.write(actual);
    assertThat(actualText).isEqualTo(compact(expected));
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + json, e);
    }
  }

  private static String compact(String json) {
    return parse(json).toString();
  }
}
