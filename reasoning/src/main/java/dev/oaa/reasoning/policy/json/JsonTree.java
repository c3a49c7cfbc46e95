package dev.oaa.reasoning.policy.json;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was: its JSON pointer and its 1-based line and column, so
 * that every parse error can name the element it is about. Objects keep their key order.
 */
sealed interface JsonTree permits JsonTree.Obj, JsonTree.Arr, JsonTree.Scalar {

  /** The JSON pointer of this value ({@code ""} for the root). */
  String pointer();

  /** The 1-based line where this value starts. */
  int line();

  /** The 1-based column where this value starts. */
  int column();

  /** A short name of the JSON type, for messages. */
  String typeName();

  /** A JSON object. */
  record Obj(Map<String, JsonTree> fields, String pointer, int line, int column)
      implements JsonTree {
    @Override
    public String typeName() {
      return "an object";
    }
  }

  /** A JSON array. */
  record Arr(List<JsonTree> items, String pointer, int line, int column) implements JsonTree {
    @Override
    public String typeName() {
      return "an array";
    }
  }

  /** A string, number, boolean or null; {@code text} is the literal (null gives "null"). */
  record Scalar(Kind kind, String text, String pointer, int line, int column) implements JsonTree {
    @Override
    public String typeName() {
      return switch (kind) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
  }

  /** The scalar kinds. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
