package dev.oaa.reasoning.policy.json;

import dev.oaa.reasoning.errors.Errors;
import dev.oaa.reasoning.errors.PolicyParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Shape checks shared by the parsers: every failure names the element's pointer and position. */
final class Elements {
  private Elements() {}

  static PolicyParseException error(JsonTree at, String reason) {
    return Errors.policyParse(at.pointer(), at.line(), at.column(), reason);
  }

  static JsonTree.Obj object(JsonTree tree, String what) {
    if (tree instanceof JsonTree.Obj obj) {
      return obj;
    }
    throw error(tree, what + " must be an object, got " + tree.typeName());
  }

  /** A string, or a number or boolean taken as its text (IAM compares values as strings). */
  static String text(JsonTree tree, String what) {
    if (tree instanceof JsonTree.Scalar s && s.kind() != JsonTree.Kind.NULL) {
      return s.text();
    }
    throw error(tree, what + " must be a string, got " + tree.typeName());
  }

  /** A JSON string only. */
  static String string(JsonTree tree, String what) {
    if (tree instanceof JsonTree.Scalar s && s.kind() == JsonTree.Kind.STRING) {
      return s.text();
    }
    throw error(tree, what + " must be a string, got " + tree.typeName());
  }

  /** A string or a non-empty array of strings, each converted by {@code convert}. */
  static <T> List<T> stringOrArray(
      JsonTree tree, String what, Function<JsonTree, T> convert, boolean allowEmpty) {
    if (tree instanceof JsonTree.Arr arr) {
      if (arr.items().isEmpty() && !allowEmpty) {
        throw error(tree, what + " must not be an empty array");
      }
      return arr.items().stream().map(convert).toList();
    }
    return List.of(convert.apply(tree));
  }

  /** Rejects members that IAM does not know, listing the ones it does. */
  static void requireKnownFields(JsonTree.Obj obj, Set<String> known, String what) {
    for (var field : obj.fields().entrySet()) {
      if (!known.contains(field.getKey())) {
        throw error(
            field.getValue(),
            "unknown "
                + what
                + " element `"
                + field.getKey()
                + "` (expected one of "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** Runs a model constructor, turning its validation error into a located parse error. */
  static <T> T build(JsonTree at, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage());
    }
  }
}
