package dev.oaa.reasoning.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of a condition key, as spelled in the Service Reference JSON ({@code Types}): a single
 * value type, or {@code ArrayOf} that type for multivalued keys.
 */
public enum ConditionKeyType {
  /** {@code String}. */
  STRING("String"),
  /** {@code ArrayOfString}. */
  ARRAY_OF_STRING("ArrayOfString"),
  /** {@code ARN}. */
  ARN("ARN"),
  /** {@code ArrayOfARN}. */
  ARRAY_OF_ARN("ArrayOfARN"),
  /** {@code Bool}. */
  BOOL("Bool"),
  /** {@code ArrayOfBool}. */
  ARRAY_OF_BOOL("ArrayOfBool"),
  /** {@code Date}. */
  DATE("Date"),
  /** {@code ArrayOfDate}. */
  ARRAY_OF_DATE("ArrayOfDate"),
  /** {@code IPAddress}. */
  IP_ADDRESS("IPAddress"),
  /** {@code ArrayOfIPAddress}. */
  ARRAY_OF_IP_ADDRESS("ArrayOfIPAddress"),
  /** {@code Numeric}. */
  NUMERIC("Numeric"),
  /** {@code ArrayOfNumeric}. */
  ARRAY_OF_NUMERIC("ArrayOfNumeric"),
  /** {@code Binary}. */
  BINARY("Binary"),
  /** {@code ArrayOfBinary}. */
  ARRAY_OF_BINARY("ArrayOfBinary");

  private final String jsonName;

  ConditionKeyType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The spelling in the Service Reference JSON, e.g. {@code "ArrayOfString"}. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether the key is multivalued (used with {@code ForAllValues}/{@code ForAnyValue}). */
  public boolean isArray() {
    return jsonName.startsWith("ArrayOf");
  }

  /** The type of one value: {@code ArrayOfString} gives {@code String}, others themselves. */
  public ConditionKeyType elementType() {
    return isArray() ? fromJsonName(jsonName.substring("ArrayOf".length())).orElseThrow() : this;
  }

  /** The type spelled {@code name} (case-insensitive), if it is one of these. */
  public static Optional<ConditionKeyType> fromJsonName(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equalsIgnoreCase(name)).findFirst();
  }

  /** The known spellings, for error messages. */
  static String knownNames() {
    return Arrays.stream(values()).map(t -> t.jsonName).collect(Collectors.joining(", "));
  }
}
