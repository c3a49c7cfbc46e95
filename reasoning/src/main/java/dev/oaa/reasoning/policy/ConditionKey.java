package dev.oaa.reasoning.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A condition key such as {@code aws:SourceIp} or {@code aws:PrincipalTag/team}. Condition key
 * names are case-insensitive in IAM, so equality ignores case while {@link #name()} keeps the
 * spelling of the policy for display.
 *
 * @param name the key as written
 */
public record ConditionKey(String name) {
  public ConditionKey {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A condition key must not be empty");
    }
  }

  /** The key with the given name. */
  public static ConditionKey of(String name) {
    return new ConditionKey(name);
  }

  /** The lower-case name, the identity of the key. */
  public String canonical() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The service prefix ({@code aws}, {@code s3}, ...), in lower case. */
  public String prefix() {
    int colon = name.indexOf(':');
    return colon < 0 ? "" : canonical().substring(0, colon);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConditionKey key && key.canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
