package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.internal.Glob;
import java.util.Objects;

/**
 * A condition key of the catalog and its type. The name may be a template with placeholders written
 * {@code ${Name}} or {@code <name>}, e.g. {@code aws:RequestTag/${TagKey}} or {@code
 * s3:ExistingObjectTag/<key>}; a template stands for every key that fills each placeholder with at
 * least one character.
 *
 * @param name the key as the catalog spells it
 * @param type its type
 */
public record ConditionKeyDefinition(String name, ConditionKeyType type) {

  /** Checks that both parts are present. */
  public ConditionKeyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** Whether the name has placeholders. */
  public boolean isTemplate() {
    return name.contains("${") || name.indexOf('<') >= 0;
  }

  /**
   * Whether the concrete key {@code key} is this key, or an instance of this template. Condition
   * key names are case-insensitive.
   */
  public boolean matches(String key) {
    return isTemplate() ? Glob.matchesIgnoreCase(glob(), key) : name.equalsIgnoreCase(key);
  }

  /**
   * The template as an IAM glob: each placeholder becomes {@code ?*} (one character or more). Key
   * names never contain {@code *} or {@code ?} themselves.
   */
  String glob() {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      int end = placeholderEnd(i);
      if (end > i) {
        out.append("?*");
        i = end;
      } else {
        out.append(name.charAt(i++));
      }
    }
    return out.toString();
  }

  /** The index after the placeholder starting at {@code i}, or {@code i} if none starts there. */
  private int placeholderEnd(int i) {
    if (name.startsWith("${", i)) {
      int close = name.indexOf('}', i);
      return close < 0 ? i : close + 1;
    }
    if (name.charAt(i) == '<') {
      int close = name.indexOf('>', i);
      return close < 0 ? i : close + 1;
    }
    return i;
  }
}
